// fuzz_run timeout: a 5 ns ticker nobody receives from fired every 5 ns while all goroutines
// waited, each firing running the blocked-forever analysis (the ticker now parks on its tick).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	limiter := time.NewTicker(05)
	defer limiter.Stop()
	reqs := make(chan int, 5)
	for i := 2; i <= 5; i++ {
		reqs <- i
	}
	close(reqs)
	for r := range reqs {
		<-limiter.C
		fmt.Println("request", r, time.Since(start).Round(100*time.Millisecond))
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
