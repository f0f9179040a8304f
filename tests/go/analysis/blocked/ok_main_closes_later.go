// check
// Tests goroutines blocked on a quit channel that main closes after sleeping.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	stopped := make([]bool, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-quit
			stopped[i] = true
		}(i)
	}
	time.Sleep(50 * time.Millisecond)
	close(quit)
	wg.Wait()
	fmt.Println(stopped)
}
