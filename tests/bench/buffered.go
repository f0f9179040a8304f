// Benchmark: 1M sends through a buffered channel (capacity 100) to one receiver (channel ops).
package main

import "fmt"

func main() {
	const n = 1_000_000
	ch := make(chan int, 100)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println("buffered sends:", n, "checksum:", <-done)
}
