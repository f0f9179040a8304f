// Title: A mutex that does not protect the map
// Shows: Balances locks the mutex, but returns the map itself: the lock only covers copying the map's reference. The caller then iterates the map while another goroutine writes it, outside any lock: a data race.
// Expect: run with the race detector: a data race between the range over the map and the write into it (exit 66).
// Check: race
// Pair: 21-mutex-map-fixed

package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu       sync.RWMutex
	balances map[string]float64
}

func (c *Cache) Add(id string, balance float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.balances[id] = balance
}

// Balances looks safe: it holds the read lock... while it returns a reference.
func (c *Cache) Balances() map[string]float64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.balances // BUG: the caller reads the same map after RUnlock
}

func (c *Cache) Average() float64 {
	sum := 0.0
	balances := c.Balances()
	for _, b := range balances { // not under the lock any more
		sum += b
		time.Sleep(10 * time.Millisecond) // a slow report
	}
	return sum / float64(len(balances))
}

func main() {
	c := &Cache{balances: map[string]float64{"alice": 100, "bob": 50}}
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(15 * time.Millisecond)
			c.Add(fmt.Sprint("user", i), 10)
			fmt.Println("writer: added user", i)
		}
	}()
	fmt.Printf("report: average balance %.2f\n", c.Average())
	time.Sleep(100 * time.Millisecond)
}
