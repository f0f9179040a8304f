// Title: Fix: a mutex around the shared slice
// Shows: A mutex makes each append a critical section: only one worker at a time reads and replaces the slice header, and wg.Wait orders every append before main reads the results.
// Expect: all 4 results (in an order that depends on the seed); no data race.
// Check: clean
// Pair: 16-append-shared-slice-bad

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var (
		mu      sync.Mutex // guards results
		results []string
	)
	var wg sync.WaitGroup
	for _, city := range []string{"Paris", "Lima", "Oslo", "Pune"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(100 * time.Millisecond)
			mu.Lock() // FIX: one append at a time
			results = append(results, city+": sunny")
			mu.Unlock()
		}()
	}
	wg.Wait() // every append happens before this returns
	fmt.Println("got", len(results), "of 4 results:")
	for _, r := range results {
		fmt.Println(" ", r)
	}
	// Another fix: give each worker its own index (results := make([]string, 4);
	// results[i] = ...): goroutines writing different elements do not race.
}
