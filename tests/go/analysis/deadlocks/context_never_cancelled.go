// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests main waiting on ctx.Done() when the worker finishes without calling cancel.
package main

import (
	"context"
	"errors"
	"fmt"
)

func work(step int) error {
	if step > 5 {
		return errors.New("too many steps")
	}
	return nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for i := 1; i <= 3; i++ {
			if err := work(i); err != nil {
				cancel() // only the error path cancels
				return
			}
			fmt.Println("step", i)
		}
		// BUG: the success path forgets cancel()
	}()
	<-ctx.Done()
	fmt.Println("finished:", ctx.Err())
}
