// Tests context-driven pipeline: producer/transform/consumer stop when the consumer cancels after N items.
package main

import (
	"context"
	"fmt"
	"sync"
)

func produce(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func fanOut(ctx context.Context, in <-chan int, n int) []<-chan int {
	var outs []<-chan int
	for i := 0; i < n; i++ {
		outs = append(outs, square(ctx, in))
	}
	return outs
}

func merge(ctx context.Context, cs []<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := merge(ctx, fanOut(ctx, produce(ctx), 3))
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
		if count == 10 {
			cancel()
			break
		}
	}
	for range results {
	}
	fmt.Println("count:", count, "sum >= 385:", sum >= 385)
	fmt.Println("ctx err:", ctx.Err())
}
