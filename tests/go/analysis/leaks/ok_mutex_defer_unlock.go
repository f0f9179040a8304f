// check
// Tests the early-return path fixed with defer Unlock, and main waiting for the goroutine.
package main

import (
	"fmt"
	"sync"
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

func (c *cache) tooHot(page string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[page] > 2
}

func main() {
	c := &cache{hits: map[string]int{"home": 3}}
	hot := c.tooHot("home")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.reset()
	}()
	wg.Wait()
	fmt.Println("was hot:", hot, "now hot:", c.tooHot("home"))
}
