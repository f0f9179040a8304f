// check
// args: --go 1.21
// expect race: 15 19
// Tests goroutines capturing the shared loop variable of Go 1.21 while the loop increments it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	seen := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen <- i // every goroutine reads the one shared i
		}()
	}
	wg.Wait()
	close(seen)
	n := 0
	for range seen {
		n++
	}
	fmt.Println("goroutines that ran:", n)
}
