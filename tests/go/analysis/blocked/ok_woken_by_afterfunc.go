// check
// Tests a goroutine waiting on a channel that only a pending time.AfterFunc callback can close.
package main

import (
	"fmt"
	"time"
)

func startWaiter(done chan<- string) {
	ch := make(chan struct{})
	time.AfterFunc(20*time.Millisecond, func() { close(ch) })
	go func() {
		<-ch // only the pending timer's callback still refers to ch
		done <- "woken by AfterFunc"
	}()
}

func main() {
	done := make(chan string)
	startWaiter(done)
	fmt.Println(<-done)
}
