// Tests runtime.Gosched in cooperative loops; results are synchronized so the output is deterministic.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				counts[name]++
				mu.Unlock()
				runtime.Gosched()
			}
		}(name)
	}
	wg.Wait()
	fmt.Println(counts)
	done := make(chan bool)
	flag := make(chan int, 1)
	go func() {
		for {
			select {
			case v := <-flag:
				fmt.Println("spinner saw", v)
				done <- true
				return
			default:
				runtime.Gosched()
			}
		}
	}()
	runtime.Gosched()
	flag <- 7
	<-done
}
