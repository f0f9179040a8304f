// check
// Tests a producer that stops when the consumer cancels the context after an error.
package main

import (
	"context"
	"fmt"
	"strconv"
)

func produce(ctx context.Context, input []string, done chan<- struct{}) <-chan string {
	lines := make(chan string)
	go func() {
		defer close(done)
		defer close(lines)
		for _, l := range input {
			select {
			case lines <- l:
			case <-ctx.Done():
				return
			}
		}
	}()
	return lines
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	lines := produce(ctx, []string{"1", "2", "x", "4", "5"}, done)
	sum := 0
	for l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			fmt.Println("bad line", strconv.Quote(l), "- sum so far", sum)
			break
		}
		sum += n
	}
	cancel()
	<-done // the producer has returned
}
