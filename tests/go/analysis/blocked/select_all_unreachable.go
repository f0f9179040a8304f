// check
// expect blocked: 17
// expect leak: 15
// Tests a listener selecting on two channels that its creator dropped on return.
package main

import (
	"fmt"
	"time"
)

func subscribe() {
	updates := make(chan string)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case u := <-updates:
				fmt.Println("update", u)
			case <-quit:
				return
			}
		}
	}()
	// BUG: neither updates nor quit is kept anywhere: the listener can never be fed or stopped.
}

func main() {
	subscribe()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
