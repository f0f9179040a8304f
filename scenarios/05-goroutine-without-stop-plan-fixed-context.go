// Title: Fix: stop the watcher with a context
// Shows: The watcher takes a context and returns when it is cancelled; main cancels it and waits for it to finish before returning, so nothing is left behind.
// Expect: the watcher reloads versions 1 to 3, stops when main cancels, and no goroutine leaks.
// Check: clean
// Pair: 04-goroutine-without-stop-plan-bad

package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type config struct {
	version atomic.Int64
}

// watch polls the config source every 100ms until ctx is cancelled.
func (c *config) watch(ctx context.Context, source *atomic.Int64) {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			fmt.Println("watcher: stopping:", ctx.Err())
			return
		case <-ticker.C:
			if v := source.Load(); v != c.version.Load() {
				c.version.Store(v)
				fmt.Println("watcher: reloaded config version", v)
			}
		}
	}
}

func main() {
	var source atomic.Int64
	source.Store(1)
	c := &config{}

	// FIX: the stop plan is decided when the goroutine starts: cancel stops
	// it, and the WaitGroup lets main wait until it has really stopped.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.watch(ctx, &source)
	}()

	for i := 2; i <= 3; i++ {
		time.Sleep(250 * time.Millisecond)
		fmt.Println("main: writing config version", i)
		source.Store(int64(i))
	}
	time.Sleep(250 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("main: watcher stopped, returning")
}
