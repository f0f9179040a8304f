// Title: errgroup: the first error cancels the rest
// Shows: errgroup.WithContext runs tasks in goroutines and returns the first error from Wait; that error also cancels the group's context, so the tasks that are still running stop early instead of finishing work nobody will use.
// Expect: the "inventory" task fails at 200ms; the slower tasks see "context canceled"; Wait returns the first error; exit 0.
// Check: clean

package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// call simulates a backend request that takes d, or fails with err after d.
func call(ctx context.Context, name string, d time.Duration, err error) error {
	select {
	case <-time.After(d):
		if err != nil {
			fmt.Println(name+": failed:", err)
			return err
		}
		fmt.Println(name + ": ok")
		return nil
	case <-ctx.Done():
		fmt.Println(name+": stopped early:", ctx.Err())
		return ctx.Err()
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error { return call(ctx, "prices", 100*time.Millisecond, nil) })
	g.Go(func() error {
		return call(ctx, "inventory", 200*time.Millisecond, errors.New("warehouse offline"))
	})
	g.Go(func() error { return call(ctx, "reviews", time.Second, nil) })
	g.Go(func() error { return call(ctx, "shipping", 2*time.Second, nil) })

	// Wait waits for ALL the tasks, then returns the first non-nil error.
	err := g.Wait()
	fmt.Println("main: page failed:", err)
	fmt.Println("main: context after Wait:", ctx.Err())
}
