// Tests errgroup SetLimit bounding concurrency (maximum observed), TryGo at the limit, and Wait returning the first error.
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(3)
	var mu sync.Mutex
	active, maxActive := 0, 0
	for i := 0; i < 12; i++ {
		g.Go(func() error {
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(g.Wait(), maxActive)

	var g2 errgroup.Group
	g2.SetLimit(1)
	block := make(chan struct{})
	fmt.Println(g2.TryGo(func() error { <-block; return errors.New("first") }))
	fmt.Println(g2.TryGo(func() error { return nil }))
	close(block)
	fmt.Println(g2.Wait())
}
