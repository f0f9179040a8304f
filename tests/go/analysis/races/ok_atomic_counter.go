// check
// Tests counters updated only through sync/atomic: atomic accesses never race.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits int64
	var misses atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if (id+j)%2 == 0 {
					atomic.AddInt64(&hits, 1)
				} else {
					misses.Add(1)
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits", atomic.LoadInt64(&hits), "misses", misses.Load())
}
