// Title: Fix: one variable per iteration
// Shows: Each goroutine gets its own copy of the loop value: since Go 1.22 every iteration of `for i := ...` has a fresh variable; before that, the fix was to pass the value as an argument (or to write i := i).
// Expect: jobs 0, 1 and 2 each run exactly once (in an order that depends on the seed); no data race.
// Check: clean
// Pair: 07-loop-variable-capture-bad

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup

	// Go 1.22 and later: i is a new variable in each iteration.
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("closure got job", i)
		}()
	}
	wg.Wait()

	// Any Go version: pass the value as an argument; the goroutine gets a copy.
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(job int) {
			defer wg.Done()
			fmt.Println("argument got job", job)
		}(i)
	}
	wg.Wait()
	fmt.Println("main: every job ran exactly once")
}
