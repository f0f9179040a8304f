// Tests time.Tick as a simple periodic channel in a select with a deadline.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(20 * time.Millisecond)
	deadline := time.After(110 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tick:
			n++
			fmt.Println("tick", n)
			continue
		case <-deadline:
			fmt.Println("deadline after", n, "ticks")
		}
		break
	}
}
