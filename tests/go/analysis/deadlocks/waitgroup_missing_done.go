// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests wg.Wait when one goroutine returns early without calling Done.
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
			if item == "" {
				return // BUG: returns before registering wg.Done
			}
			defer wg.Done()
			mu.Lock()
			processed++
			mu.Unlock()
		}(item)
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("processed", processed)
}
