// Tests "sleep sort": values printed by goroutines in the order their proportional sleeps end.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	vals := []int{5, 1, 4, 2, 8, 3}
	var mu sync.Mutex
	var sorted []int
	var wg sync.WaitGroup
	for _, v := range vals {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			time.Sleep(time.Duration(v) * 10 * time.Millisecond)
			mu.Lock()
			sorted = append(sorted, v)
			mu.Unlock()
		}(v)
	}
	wg.Wait()
	fmt.Println(sorted)
}
