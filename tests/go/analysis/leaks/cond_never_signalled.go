// check
// expect leak: 21
// Tests a goroutine waiting on a sync.Cond for a condition main never announces.
package main

import (
	"fmt"
	"sync"
)

type gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func main() {
	g := &gate{}
	g.cond = sync.NewCond(&g.mu)
	started := make(chan bool)
	go func() {
		g.mu.Lock()
		started <- true
		for !g.open {
			g.cond.Wait()
		}
		g.mu.Unlock()
	}()
	<-started
	fmt.Println("gate stays closed")
}
