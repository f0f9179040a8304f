// check
// Tests errgroup.WithContext: a failing task cancels the others and g.Wait waits for all of them.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	for i := 0; i < 3; i++ {
		i := i
		g.Go(func() error {
			if i == 1 {
				time.Sleep(10 * time.Millisecond)
				return errors.New("task 1 failed")
			}
			select {
			case <-time.After(time.Hour):
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}
	fmt.Println("error:", g.Wait())
}
