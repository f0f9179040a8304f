// Tests bounded queue on two sync.Conds with Close/Broadcast; sync.Once.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewQueue(2)
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[c] += v
			}
		}(c)
	}
	var pw sync.WaitGroup
	for p := 0; p < 2; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 1; i <= 50; i++ {
				q.Put(i)
			}
		}(p)
	}
	pw.Wait()
	q.Close()
	wg.Wait()
	fmt.Println(sums[0] + sums[1] + sums[2])
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	ready := false
	var m sync.Mutex
	cond := sync.NewCond(&m)
	var started sync.WaitGroup
	for i := 0; i < 4; i++ {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Lock()
			started.Done()
			for !ready {
				cond.Wait()
			}
			m.Unlock()
		}()
	}
	started.Wait()
	m.Lock()
	ready = true
	cond.Broadcast()
	m.Unlock()
	wg.Wait()
	fmt.Println("all released")
}
