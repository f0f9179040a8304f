// Title: Copying a sync.Mutex
// Shows: Inc has a value receiver, so every call works on a copy of the Counter, including a copy of its mutex: each goroutine locks its own private mutex, which protects nothing. The map inside is shared, so the writes race.
// Expect: run with the race detector: a data race on the counts map (exit 66); goroscope vet reports the copied lock.
// Check: race

package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

// BUG: value receiver: c is a copy, and so is c.mu. Use func (c *Counter).
func (c Counter) Inc(name string) {
	c.mu.Lock() // locks the copy's mutex: no other goroutine ever sees it
	defer c.mu.Unlock()
	c.counts[name]++ // the map is shared: maps are references
}

func main() {
	c := Counter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(name)
		}()
	}
	wg.Wait()
	fmt.Println("counts:", c.counts)
	fmt.Println("fix: func (c *Counter) Inc, so every call shares one mutex")
}
