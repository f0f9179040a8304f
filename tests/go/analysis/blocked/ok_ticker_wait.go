// check
// Tests a goroutine blocked between ticks of a ticker it stops after three ticks.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	go func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		n := 0
		for range t.C {
			n++
			if n == 3 {
				break
			}
		}
		done <- n
	}()
	fmt.Println("ticks:", <-done)
}
