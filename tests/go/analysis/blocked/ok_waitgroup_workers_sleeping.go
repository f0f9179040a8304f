// check
// Tests a closer blocked in wg.Wait while the workers sleep, then closing the results channel.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n) * 10 * time.Millisecond)
			results <- n * n
		}(i)
	}
	go func() {
		wg.Wait() // blocked while the workers sleep
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
