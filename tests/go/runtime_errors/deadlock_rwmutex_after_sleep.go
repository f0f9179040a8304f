// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests writer waiting behind a read lock blocks a second RLock: deadlock after timers fire.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("writer wants lock")
		mu.Lock()
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("reader wants second rlock")
	mu.RLock()
}
