// check
// expect leak: 26
// Tests a poller that stops only on ctx.Done() when the context is never cancelled.
package main

import (
	"context"
	"fmt"
	"time"
)

func poll(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go poll(ctx, 10*time.Millisecond)
	time.Sleep(25 * time.Millisecond)
	fmt.Println("shutting down")
	_ = cancel // BUG: cancel is never called
}
