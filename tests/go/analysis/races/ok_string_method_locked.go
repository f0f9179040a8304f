// check
// Tests a String method that takes the lock itself, called while another goroutine updates.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("counter(%d)", c.n)
}

func main() {
	c := &counter{}
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			c.inc()
		}
		done <- true
	}()
	s := fmt.Sprint(c) // not holding c.mu here, so String may lock it
	<-done
	fmt.Println(strings.HasPrefix(s, "counter("), c)
}
