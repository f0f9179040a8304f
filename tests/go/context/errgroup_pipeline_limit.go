// Tests errgroup pipeline with context, first error wins, SetLimit/TryGo.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	paths := make(chan int)
	g.Go(func() error {
		defer close(paths)
		for i := 1; i <= 20; i++ {
			select {
			case paths <- i:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	results := make(chan string)
	const workers = 4
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for p := range paths {
				s := fmt.Sprintf("%d^2=%d", p, p*p)
				select {
				case results <- s:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []string
	for r := range results {
		all = append(all, r)
	}
	if err := g.Wait(); err != nil {
		fmt.Println("err", err)
	}
	sort.Strings(all)
	fmt.Println(len(all), all[:5])

	var g2 errgroup.Group
	boom := errors.New("boom")
	for i := 0; i < 5; i++ {
		i := i
		g2.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, boom)
			}
			return nil
		})
	}
	err := g2.Wait()
	fmt.Println(err, errors.Is(err, boom))
	fmt.Println(g2.Wait())

	g3, ctx3 := errgroup.WithContext(context.Background())
	g3.Go(func() error { return errors.New("first") })
	g3.Go(func() error {
		<-ctx3.Done()
		return errors.New("second")
	})
	fmt.Println(g3.Wait(), ctx3.Err())

	var g4 errgroup.Group
	g4.SetLimit(2)
	block := make(chan struct{})
	ok1 := g4.TryGo(func() error { <-block; return nil })
	ok2 := g4.TryGo(func() error { <-block; return nil })
	ok3 := g4.TryGo(func() error { return nil })
	fmt.Println(ok1, ok2, ok3)
	close(block)
	fmt.Println(g4.Wait())
	fmt.Println(g4.TryGo(func() error { return errors.New("late") }), g4.Wait())
}
