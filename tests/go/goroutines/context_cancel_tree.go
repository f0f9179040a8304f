// Tests context: WithCancel tree propagation, WithTimeout/Deadline errors, WithValue lookup, Done after cancel.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-ticker.C:
			n++
		}
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	defer cancelChild()
	out := make(chan string, 4)
	var wg sync.WaitGroup
	wg.Add(2)
	go worker(root, 1, out, &wg)
	go worker(child, 2, out, &wg)
	time.Sleep(35 * time.Millisecond)
	cancelRoot()
	wg.Wait()
	close(out)
	var msgs []string
	for m := range out {
		msgs = append(msgs, m)
	}
	if len(msgs) == 2 && msgs[0] > msgs[1] {
		msgs[0], msgs[1] = msgs[1], msgs[0]
	}
	fmt.Println(msgs)
	fmt.Println(root.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	select {
	case <-ctx.Done():
		fmt.Println("timeout:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded), time.Since(start).Round(10*time.Millisecond))
	case <-time.After(time.Second):
		fmt.Println("should not happen")
	}
	dl, ok := ctx.Deadline()
	fmt.Println(ok, dl.Sub(start).Round(10*time.Millisecond))
	_, ok = context.Background().Deadline()
	fmt.Println(ok, context.Background().Err(), context.Background().Done() == nil)
	vctx := context.WithValue(context.Background(), ctxKey("user"), "alice")
	vctx2 := context.WithValue(vctx, ctxKey("role"), "admin")
	fmt.Println(vctx2.Value(ctxKey("user")), vctx2.Value(ctxKey("role")), vctx2.Value(ctxKey("none")), vctx.Value(ctxKey("role")))
	fmt.Println(vctx2.Value("user"))
	c3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	cancel3()
	<-c3.Done()
	fmt.Println("cancelled twice ok:", c3.Err())
	parent, pcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer pcancel()
	longer, lcancel := context.WithTimeout(parent, time.Hour)
	defer lcancel()
	<-longer.Done()
	fmt.Println("child of timed-out parent:", longer.Err())
	fmt.Println(context.TODO() != nil)
}
