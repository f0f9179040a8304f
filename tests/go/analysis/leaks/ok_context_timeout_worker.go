// check
// Tests a slow worker that honours its context deadline and reports back before main returns.
package main

import (
	"context"
	"fmt"
	"time"
)

func slow(ctx context.Context, out chan<- string) {
	select {
	case <-time.After(time.Hour):
		out <- "finished"
	case <-ctx.Done():
		out <- "gave up: " + ctx.Err().Error()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	out := make(chan string)
	go slow(ctx, out)
	fmt.Println(<-out)
}
