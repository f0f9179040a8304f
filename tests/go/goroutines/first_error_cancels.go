// Tests first-error-cancels pattern: goroutines stop when one fails, using a done channel and sync.Once.
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	once    sync.Once
	err     error
	done    chan struct{}
}

func NewGroup() *Group { return &Group{done: make(chan struct{})} }

func (g *Group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.once.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	g := NewGroup()
	var mu sync.Mutex
	finished := []string{}
	for i := 1; i <= 4; i++ {
		i := i
		g.Go(func(done <-chan struct{}) error {
			if i == 3 {
				time.Sleep(25 * time.Millisecond)
				return fmt.Errorf("task %d: %w", i, errors.New("exploded"))
			}
			select {
			case <-time.After(time.Duration(i) * 20 * time.Millisecond):
				mu.Lock()
				finished = append(finished, fmt.Sprint("task", i))
				mu.Unlock()
				return nil
			case <-done:
				mu.Lock()
				finished = append(finished, fmt.Sprint("cancel", i))
				mu.Unlock()
				return errors.New("cancelled")
			}
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	mu.Lock()
	fmt.Println(len(finished))
	for _, want := range []string{"task1", "task2", "cancel4"} {
		found := false
		for _, f := range finished {
			if f == want {
				found = true
			}
		}
		fmt.Println(want, found)
	}
	mu.Unlock()
}
