// check
// expect leak: 26
// Tests a goroutine waiting for a mutex that main still holds when it returns early.
package main

import (
	"fmt"
	"sync"
	"time"
)

type cache struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *cache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits = map[string]int{}
}

func main() {
	c := &cache{hits: map[string]int{"home": 3}}
	c.mu.Lock()
	go c.reset()
	time.Sleep(10 * time.Millisecond) // a slow check while holding the lock
	if c.hits["home"] > 2 {
		fmt.Println("too many hits, returning early")
		return // BUG: returns with c.mu locked; reset never gets it
	}
	c.mu.Unlock()
}
