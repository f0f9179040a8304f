// check
// expect blocked: 19
// expect leak: 35
// Tests a goroutine that locks a mutex it already holds while main keeps running: blocked forever, not a global deadlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

type cache struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *cache) get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func (c *cache) getOrSet(k string, v int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.get(k); old != 0 { // BUG: get locks c.mu, which is already held
		return old
	}
	c.m[k] = v
	return v
}

func main() {
	go func() {
		c := &cache{m: map[string]int{}} // only this goroutine can reach c
		c.getOrSet("a", 1)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
