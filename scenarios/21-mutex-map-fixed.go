// Title: Fix: copy the map under the lock
// Shows: Balances returns a copy made while holding the read lock, so the caller iterates its own map. (Another fix: compute the average inside the critical section.)
// Expect: the report and the writer run concurrently without a data race.
// Check: clean
// Pair: 20-mutex-map-bad

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

// Balances returns a snapshot: a new map, filled while holding the lock.
func (c *Cache) Balances() map[string]float64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	snapshot := make(map[string]float64, len(c.balances))
	for id, b := range c.balances { // FIX: the copy is made under the lock
		snapshot[id] = b
	}
	return snapshot
}

func (c *Cache) Average() float64 {
	sum := 0.0
	balances := c.Balances()
	for _, b := range balances { // our own copy: no lock needed
		sum += b
		time.Sleep(10 * time.Millisecond)
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
