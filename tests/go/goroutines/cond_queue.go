// Tests sync.Cond with a bounded queue: producers and consumers waiting on conditions.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				q.Put(p*100 + i)
			}
		}(p)
	}
	got := make(chan int, 12)
	var cw sync.WaitGroup
	for c := 0; c < 2; c++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for i := 0; i < 6; i++ {
				got <- q.Get()
			}
		}()
	}
	wg.Wait()
	cw.Wait()
	close(got)
	var all []int
	for v := range got {
		all = append(all, v)
	}
	sort.Ints(all)
	fmt.Println(len(all), all)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var waiters sync.WaitGroup
	woke := make(chan int, 3)
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			woke <- i
		}(i)
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	waiters.Wait()
	close(woke)
	sum := 0
	for i := range woke {
		sum += i
	}
	fmt.Println("all woke, sum of ids:", sum)
}
