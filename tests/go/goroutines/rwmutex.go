// Tests sync.RWMutex: concurrent readers, exclusive writers, final consistent state.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				c.Set(fmt.Sprintf("k%d", j%4), i*100+j)
			}
		}(i)
	}
	hits := make([]int, 5)
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if _, ok := c.Get("k0"); ok {
					hits[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	keys := []string{}
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	for _, k := range keys {
		v, _ := c.Get(k)
		fmt.Println(k, "last writer index mod 4 ok:", v%100%4 == int(k[1]-'0'))
	}
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers hold the lock; TryLock:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("after readers left; TryLock:", rw.TryLock())
	fmt.Println("TryRLock while writer holds:", rw.TryRLock())
	rw.Unlock()
}
