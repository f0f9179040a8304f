// Tests rate limiting requests with a ticker, and a bursty limiter built from a buffered channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(20 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("5 requests took >= 100ms:", time.Since(start) >= 100*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(30 * time.Millisecond) {
			bursty <- t
		}
	}()
	start = time.Now()
	var times []bool
	for i := 1; i <= 5; i++ {
		<-bursty
		times = append(times, time.Since(start) >= 20*time.Millisecond)
	}
	fmt.Println("waited for token:", times)
}
