// Tests timers used as channels: several timers multiplexed in one select, reported in firing order.
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.NewTimer(30 * time.Millisecond)
	b := time.NewTimer(10 * time.Millisecond)
	c := time.NewTimer(20 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case <-a.C:
			fmt.Println("a (30ms)")
		case <-b.C:
			fmt.Println("b (10ms)")
		case <-c.C:
			fmt.Println("c (20ms)")
		}
	}
	heartbeat := time.NewTicker(25 * time.Millisecond)
	defer heartbeat.Stop()
	work := time.After(60 * time.Millisecond)
	beats := 0
	for {
		select {
		case <-heartbeat.C:
			beats++
			fmt.Println("heartbeat", beats)
			continue
		case <-work:
			fmt.Println("work done")
		}
		break
	}
}
