// check
// expect blocked: 28
// expect leak: 36
// Tests a reader blocked in RLock after the writer returned holding the write lock.
package main

import (
	"fmt"
	"sync"
	"time"
)

type config struct {
	mu     sync.RWMutex
	values map[string]string
}

func (c *config) load(raw map[string]string) {
	c.mu.Lock()
	if len(raw) == 0 {
		return // BUG: returns with the write lock held
	}
	c.values = raw
	c.mu.Unlock()
}

func (c *config) get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.values[k]
}

func startConfig() {
	c := &config{}
	go c.load(nil)
	go func() {
		time.Sleep(time.Millisecond)
		fmt.Println("port =", c.get("port"))
	}()
}

func main() {
	startConfig()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
