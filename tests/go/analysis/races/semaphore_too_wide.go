// check
// expect race: 20 20
// Tests a buffered-channel semaphore of capacity 2 used as if it were a mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan int, 2) // two holders at once: no mutual exclusion
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sem <- n
			total += n
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("both workers ran")
}
