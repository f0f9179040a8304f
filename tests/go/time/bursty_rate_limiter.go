// Tests rate limiting with a ticker and a bursty limiter.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(200 * time.Millisecond)
	defer limiter.Stop()
	for req := range requests {
		<-limiter.C
		el := time.Since(start).Round(100 * time.Millisecond)
		fmt.Println("request", req, el)
	}
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(200 * time.Millisecond) {
			bursty <- t
		}
	}()
	start = time.Now()
	for i := 1; i <= 5; i++ {
		<-bursty
		fmt.Println("bursty", i, time.Since(start).Round(100*time.Millisecond))
	}
}
