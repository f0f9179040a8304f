// check
// Tests concurrent readers under RLock and a writer under Lock.
package main

import (
	"fmt"
	"sync"
)

type prices struct {
	mu sync.RWMutex
	m  map[string]int
}

func (p *prices) get(k string) int {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.m[k]
}

func (p *prices) set(k string, v int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.m[k] = v
}

func main() {
	p := &prices{m: map[string]int{"tea": 3}}
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				sums[r] += p.get("tea")
			}
		}(r)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		p.set("coffee", 4)
	}()
	wg.Wait()
	fmt.Println(sums, p.get("coffee"))
}
