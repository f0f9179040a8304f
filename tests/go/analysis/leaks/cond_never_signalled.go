// check
// expect leak: 22
// Tests a goroutine waiting on a sync.Cond for a condition main never announces.
package main

import (
	"fmt"
	"sync"
	"time"
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
	time.Sleep(10 * time.Millisecond) // main finishes other work, then returns
	fmt.Println("gate stays closed")
}
