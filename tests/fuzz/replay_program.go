// The program fuzz_replay replays arbitrary decision lists into (its seeds are recorded
// runs of it): goroutines, a select with default, a mutex and map iteration order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int, 1)
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case ch <- i:
			default:
			}
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	m := map[int]int{1: 1, 2: 2, 3: 3}
	for k := range m {
		fmt.Print(k)
	}
	fmt.Println(total, len(ch))
}
