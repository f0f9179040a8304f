// check
// Tests first-answer-wins with a buffered channel, cancelling and waiting for the slower replicas.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func query(ctx context.Context, replica int, delay time.Duration, out chan<- int) {
	select {
	case <-time.After(delay):
		out <- replica // never blocks: the buffer has room for every replica
	case <-ctx.Done():
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	delays := []time.Duration{30 * time.Millisecond, 10 * time.Millisecond, 20 * time.Millisecond}
	out := make(chan int, len(delays))
	var wg sync.WaitGroup
	for i, d := range delays {
		wg.Add(1)
		go func(i int, d time.Duration) {
			defer wg.Done()
			query(ctx, i, d, out)
		}(i, d)
	}
	fmt.Println("first answer from replica", <-out)
	cancel()
	wg.Wait()
}
