// Tests polling with select/default while a deadline timer runs, and CPU work between sleeps:
// the deadline fires while the poller is runnable, and main's output comes after a spinning
// goroutine's start as in Go.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	deadline := time.After(30 * time.Millisecond)
	polls := 0
	start := time.Now()
loop:
	for {
		select {
		case <-deadline:
			break loop
		default:
			polls++
		}
	}
	el := time.Since(start)
	fmt.Println("polled", polls > 100, el >= 29*time.Millisecond, el < 35*time.Millisecond)
	sum := 0
	for i := 0; i < 3; i++ {
		for j := 0; j < 100000; j++ {
			sum += j
		}
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println(sum, time.Since(start).Round(10*time.Millisecond) >= 60*time.Millisecond)
}
