// check
// Tests the jobs channel closed by main, and main waiting for the worker to finish.
package main

import "fmt"

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go func() {
		defer close(results)
		for j := range jobs {
			results <- j * j
		}
	}()
	total := 0
	for i := 1; i <= 3; i++ {
		jobs <- i
		total += <-results
	}
	close(jobs)
	for range results { // returns once the worker closed results
	}
	fmt.Println("total", total)
}
