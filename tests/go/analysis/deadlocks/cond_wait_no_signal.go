// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests cond.Wait when the goroutine that sets the condition forgets to Signal.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		time.Sleep(10 * time.Millisecond)
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		// BUG: no cond.Signal()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready")
}
