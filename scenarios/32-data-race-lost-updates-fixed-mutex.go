// Title: Lost updates fixed with a mutex
// Shows: The same four workers take a sync.Mutex around count++. Only one goroutine at a time can run the load-add-store, so no increment is lost, under every seed.
// Expect: count is always 4000; no data race.
// Check: clean
// Pair: 31-data-race-lost-updates-bad

package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	const workers, increments = 4, 1000
	count := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count, "want:", workers*increments)
	if count != workers*increments {
		os.Exit(1)
	}
}
