// Tests errgroup.WithContext: the first error cancels the siblings' context and Wait returns it.
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
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		i := i
		g.Go(func() error {
			if i == 1 {
				time.Sleep(10 * time.Millisecond)
				return errors.New("worker 1 failed")
			}
			select {
			case <-ctx.Done():
				results[i] = "cancelled"
				return ctx.Err()
			case <-time.After(time.Second):
				results[i] = "finished"
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println(err, results[0], results[2], ctx.Err())
	var g2 errgroup.Group
	for i := 0; i < 5; i++ {
		i := i
		g2.Go(func() error {
			if i%2 == 0 {
				return nil
			}
			return fmt.Errorf("odd %d", i)
		})
	}
	fmt.Println(g2.Wait() != nil)
}
