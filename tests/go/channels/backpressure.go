// Tests backpressure: a producer blocks once a buffered channel is full until the consumer catches up.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	ch := make(chan int, 3)
	var produced atomic.Int32
	go func() {
		for i := 1; i <= 10; i++ {
			ch <- i
			produced.Add(1)
		}
		close(ch)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("buffered:", len(ch), "produced:", produced.Load())
	fmt.Println("take", <-ch)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("buffered:", len(ch), "produced:", produced.Load())
	rest := 0
	for v := range ch {
		rest += v
	}
	fmt.Println("rest sum:", rest, "produced:", produced.Load())
}
