// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests g.Wait() called before reading an unbuffered results channel the tasks send on.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		i := i
		g.Go(func() error {
			results <- i * i
			return nil
		})
	}
	if err := g.Wait(); err != nil { // BUG: the tasks block on send, so Wait never returns
		fmt.Println(err)
	}
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
