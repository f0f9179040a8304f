// check
// Tests a mutex locked by a goroutine that exits and unlocked later by main, which Go allows.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	locked := make(chan bool)
	go func() {
		mu.Lock() // taken on behalf of main, then this goroutine exits
		locked <- true
	}()
	<-locked
	done := make(chan string)
	go func() {
		mu.Lock() // blocked until main unlocks
		done <- "waiter got the lock"
		mu.Unlock()
	}()
	time.Sleep(50 * time.Millisecond)
	mu.Unlock() // a Mutex is not tied to the goroutine that locked it
	fmt.Println(<-done)
}
