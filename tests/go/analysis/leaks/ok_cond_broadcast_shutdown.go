// check
// Tests goroutines waiting on a sync.Cond released by a shutdown Broadcast before main returns.
package main

import (
	"fmt"
	"sync"
)

type gate struct {
	mu     sync.Mutex
	cond   *sync.Cond
	closed bool
}

func main() {
	g := &gate{}
	g.cond = sync.NewCond(&g.mu)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.mu.Lock()
			for !g.closed {
				g.cond.Wait()
			}
			g.mu.Unlock()
		}()
	}
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
	g.cond.Broadcast()
	wg.Wait()
	fmt.Println("gate closed, waiters gone")
}
