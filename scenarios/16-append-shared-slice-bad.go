// Title: Data race: appending to a shared slice
// Shows: Worker goroutines append their results to one shared slice without synchronisation. append reads the slice header (pointer, length, capacity) and writes a new one: two goroutines doing that at once is a data race, and results can be lost.
// Expect: run with the race detector: it reports the data race on results (exit 66).
// Check: race
// Pair: 17-append-shared-slice-fixed

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var results []string
	var wg sync.WaitGroup
	for _, city := range []string{"Paris", "Lima", "Oslo", "Pune"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(100 * time.Millisecond) // fetching the weather
			// BUG: every worker reads and writes the shared variable results.
			results = append(results, city+": sunny")
		}()
	}
	wg.Wait()
	fmt.Println("got", len(results), "of 4 results:")
	for _, r := range results {
		fmt.Println(" ", r)
	}
}
