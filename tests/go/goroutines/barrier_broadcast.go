// Tests broadcasting a start signal by closing a channel; barrier with sync.Cond Broadcast.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
		}(i)
	}
	close(start)
	wg.Wait()
	sort.Ints(order)
	fmt.Println("all started:", order)
	b := NewBarrier(3)
	phases := make([][]int, 3)
	var pmu sync.Mutex
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < 3; p++ {
				pmu.Lock()
				phases[p] = append(phases[p], w)
				pmu.Unlock()
				b.Await()
			}
		}(w)
	}
	wg.Wait()
	for p, ws := range phases {
		sort.Ints(ws)
		fmt.Println("phase", p, ws)
	}
	fmt.Println("generations:", b.gen)
}
