// Title: Goroutines and loop variables
// Shows: Goroutines started in a loop capture the loop variable itself, not its value at the time: they all share one variable, which the loop keeps changing. That is a data race, and they print values they were not meant to see.
// Expect: the goroutines print 3 (or a mix) instead of 0, 1, 2; run with the race detector to see the data race on i.
// Check: race
// Pair: 08-loop-variable-capture-fixed

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup

	// Before Go 1.22, `for i := 0; i < 3; i++` declared ONE variable i for the
	// whole loop, exactly like the explicit declaration below. Every closure
	// captured that same i. (goroscope runs `for i := ...` the old way with
	// --go 1.21; the explicit form shows the bug under every Go version.)
	var i int
	for i = 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// BUG: reads the shared i while main's loop writes i++.
			fmt.Println("goroutine got job", i)
		}()
	}
	wg.Wait()
	fmt.Println("main: after the loop, i =", i)
	fmt.Println("expected jobs 0, 1 and 2, each exactly once")
}
