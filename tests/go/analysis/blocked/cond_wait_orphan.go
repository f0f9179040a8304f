// check
// expect blocked: 29
// expect leak: 38
// Tests a consumer waiting on a sync.Cond of a queue that nobody else can reach.
package main

import (
	"fmt"
	"sync"
	"time"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) pop() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func startConsumer() {
	q := newQueue()
	go func() {
		fmt.Println("got", q.pop())
	}()
	// BUG: q is dropped here, so nothing can ever push to it
}

func main() {
	startConsumer()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
