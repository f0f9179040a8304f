// seeds: 20
// outcome 30%: ^([0-9]{1,3}|[0-3][0-9]{3})\n$
// Tests that goroutines switch between the load and the store of count++: four unsynchronized
// incrementers lose updates (the total is below 4000) under a good share of the seeds.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	count := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				count++
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
