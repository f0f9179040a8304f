// Benchmark: 1M round trips over unbuffered channels between two goroutines (channel ops).
package main

import "fmt"

func main() {
	const n = 1_000_000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong // wait for the echo goroutine to finish
	fmt.Println("pingpong round trips:", n, "checksum:", sum)
}
