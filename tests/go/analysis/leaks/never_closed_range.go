// check
// expect leak: 14
// Tests a worker ranging over a jobs channel that main never closes.
package main

import (
	"fmt"
	"time"
)

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go func() {
		for j := range jobs {
			results <- j * j
		}
		close(results)
	}()
	total := 0
	for i := 1; i <= 3; i++ {
		jobs <- i
		total += <-results
	}
	// BUG: no close(jobs): the worker waits for a fourth job forever.
	fmt.Println("total", total)
	time.Sleep(10 * time.Millisecond) // main finishes other work, then returns
}
