// check
// Tests a value handed over with sync.Cond: the write and the read both hold the Cond's lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var msg string
	done := make(chan bool)
	go func() {
		mu.Lock()
		for msg == "" {
			cond.Wait()
		}
		fmt.Println("received:", msg)
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	msg = "hello"
	cond.Signal()
	mu.Unlock()
	<-done
}
