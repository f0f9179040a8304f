// Title: Lost updates fixed with atomic.Int64
// Shows: The counter becomes an atomic.Int64 and count++ becomes count.Add(1): the hardware does the load, add and store as one indivisible step, so no lock is needed and nothing is lost.
// Expect: count is always 4000; no data race.
// Check: clean
// Pair: 31-data-race-lost-updates-bad

package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

func main() {
	const workers, increments = 4, 1000
	var count atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				count.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count.Load(), "want:", workers*increments)
	if count.Load() != workers*increments {
		os.Exit(1)
	}
}
