// check
// expect blocked: 29
// expect leak: 28
// expect blocked: 34
// expect leak: 32
// Tests a closer stuck in wg.Wait after the workers exited (one without Done), and the reader stuck behind it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func process(items []int) {
	var wg sync.WaitGroup
	results := make(chan int, len(items))
	for _, it := range items {
		wg.Add(1)
		go func(v int) {
			if v < 0 {
				return // BUG: skips wg.Done
			}
			defer wg.Done()
			results <- v * 2
		}(it)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	go func() {
		sum := 0
		for r := range results {
			sum += r
		}
		fmt.Println("sum", sum)
	}()
}

func main() {
	process([]int{1, -2, 3})
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
