// check
// expect race: 19 25
// Tests a String method that reads a field without the lock its writers take.
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

// String forgets c.mu: formatting the counter races with inc.
func (c *counter) String() string {
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
	s := fmt.Sprint(c)
	<-done
	fmt.Println(strings.HasPrefix(s, "counter("))
}
