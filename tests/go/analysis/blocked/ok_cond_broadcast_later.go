// check
// Tests waiters blocked in cond.Wait until main broadcasts after sleeping.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	open := false
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !open {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	open = true
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	fmt.Println("all waiters passed the gate")
}
