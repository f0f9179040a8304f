// Tests ten thousand goroutines incrementing a mutex-protected counter and a chain of 1000 goroutines passing a value.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)
	first := make(chan int)
	var in chan int = first
	for i := 0; i < 1000; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			v := <-in
			out <- v + 1
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println("chain result:", <-in)
}
