// Tests time.NewTicker: a fixed number of ticks, then Stop, and no ticks after stopping.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	start := time.Now()
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 5 {
			break
		}
	}
	ticker.Stop()
	fmt.Println("elapsed >= 50ms:", time.Since(start) >= 50*time.Millisecond)
	select {
	case <-ticker.C:
		fmt.Println("tick after stop (unexpected)")
	case <-time.After(35 * time.Millisecond):
		fmt.Println("no ticks after stop")
	}
	done := make(chan bool)
	t2 := time.NewTicker(15 * time.Millisecond)
	go func() {
		time.Sleep(50 * time.Millisecond)
		done <- true
	}()
	ticks := 0
	for loop := true; loop; {
		select {
		case <-t2.C:
			ticks++
		case <-done:
			loop = false
		}
	}
	t2.Stop()
	fmt.Println("ticks in 50ms at 15ms interval:", ticks)
}
