// check
// Tests defer wg.Done() as the first statement, so every return path calls Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	processed := 0
	for _, item := range []string{"a", "", "c"} {
		wg.Add(1)
		go func(item string) {
			defer wg.Done()
			if item == "" {
				return
			}
			mu.Lock()
			processed++
			mu.Unlock()
		}(item)
	}
	wg.Wait()
	fmt.Println("processed", processed)
}
