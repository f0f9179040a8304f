// Tests a sync.Mutex protecting a shared counter and map updated by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("total")
				if j%10 == 0 {
					c.Inc(fmt.Sprint("g", i%3))
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.Value("g0"), c.Value("g1"), c.Value("g2"))
	var mu sync.Mutex
	n := 0
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			for k := 0; k < 1000; k++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
			done <- true
		}()
	}
	for i := 0; i < 10; i++ {
		<-done
	}
	fmt.Println(n)
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock on held mutex:", mu.TryLock())
	mu.Unlock()
}
