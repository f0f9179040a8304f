// Tests several tickers and timers with distinct periods interleave in time order; a deadline stops the simulation.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fast := time.NewTicker(20 * time.Millisecond)
	slow := time.NewTicker(35 * time.Millisecond)
	defer fast.Stop()
	defer slow.Stop()
	once := time.NewTimer(50 * time.Millisecond)
	deadline := time.After(130 * time.Millisecond)
	var events []string
	for {
		select {
		case <-fast.C:
			events = append(events, fmt.Sprintf("fast@%d", time.Since(start).Round(5*time.Millisecond)/time.Millisecond))
		case <-slow.C:
			events = append(events, fmt.Sprintf("slow@%d", time.Since(start).Round(5*time.Millisecond)/time.Millisecond))
		case <-once.C:
			events = append(events, fmt.Sprintf("once@%d", time.Since(start).Round(5*time.Millisecond)/time.Millisecond))
		case <-deadline:
			for _, e := range events {
				fmt.Println(e)
			}
			fmt.Println("total", len(events))
			return
		}
	}
}
