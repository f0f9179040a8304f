// Title: Data race: lost updates
// Shows: Four goroutines each add 1000 to a shared counter with count++, which is a load, an add and a store. Goroutines on different processors interleave between the load and the store, so increments overwrite each other: the total is below 4000 and changes with the seed, and the race detector reports the unsynchronized accesses.
// Expect: the count is less than 4000 (a different number for every seed); the race detector reports a data race on count.
// Check: race
// Pair: 32-data-race-lost-updates-fixed-mutex

package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers, increments = 4, 1000
	count := 0
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				count++ // load count, add 1, store count: not one step
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count, "want:", workers*increments)
	if count != workers*increments {
		fmt.Println("lost", workers*increments-count, "updates")
	}
}
