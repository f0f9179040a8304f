// check
// expect race: 21 27
// Tests a write done after Unlock racing with a reader that holds the lock.
package main

import (
	"fmt"
	"sync"
	"time"
)

type inventory struct {
	mu    sync.Mutex
	stock int
}

func (inv *inventory) take() {
	inv.mu.Lock()
	n := inv.stock
	inv.mu.Unlock()
	inv.stock = n - 1 // BUG: written after Unlock
}

func (inv *inventory) level() int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.stock
}

func main() {
	inv := &inventory{stock: 10}
	done := make(chan bool)
	go func() {
		inv.take()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("stock:", inv.level())
	<-done
}
