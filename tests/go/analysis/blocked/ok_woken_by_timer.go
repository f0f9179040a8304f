// check
// Tests a goroutine waiting on time.After: blocked for a while, then woken by the timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	go func() {
		<-time.After(20 * time.Millisecond)
		done <- "timer fired"
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(<-done)
}
