// check
// expect leak: 15
// Tests a worker pool whose jobs channel is never closed: all three workers outlive main.
package main

import (
	"fmt"
	"time"
)

func main() {
	jobs := make(chan int)
	results := make(chan int, 6)
	for w := 0; w < 3; w++ {
		go func() {
			for j := range jobs {
				results <- j * 10
			}
		}()
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	sum := 0
	for i := 0; i < 6; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
	time.Sleep(10 * time.Millisecond) // main finishes other work, then returns
}
