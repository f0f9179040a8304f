// Tests timeouts with select and time.After in a loop, plus a heartbeat.
package main

import (
	"fmt"
	"time"
)

func worker(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("done after ", d)
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 60 * time.Millisecond, 49 * time.Millisecond, time.Second} {
		select {
		case s := <-worker(d):
			fmt.Println(s)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("timeout waiting for", d)
		}
	}
	hb := time.NewTicker(30 * time.Millisecond)
	defer hb.Stop()
	deadline := time.After(100 * time.Millisecond)
	beats := 0
loop:
	for {
		select {
		case <-hb.C:
			beats++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("beats:", beats)
}
