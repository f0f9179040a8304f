// check
// Tests a buffered channel of capacity 1 used as a mutex: the k-th receive happens before the (k+1)-th send completes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sem <- struct{}{} // acquire
			total += n
			<-sem // release
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)
}
