// check
// expect race: 19 25
// Tests a map written under a mutex but read without it.
package main

import (
	"fmt"
	"sync"
	"time"
)

type registry struct {
	mu    sync.Mutex
	users map[string]int
}

func (r *registry) add(name string, age int) {
	r.mu.Lock()
	r.users[name] = age
	r.mu.Unlock()
}

// lookup forgets the mutex.
func (r *registry) lookup(name string) int {
	return r.users[name]
}

func main() {
	r := &registry{users: map[string]int{}}
	done := make(chan bool)
	go func() {
		r.add("alice", 30)
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("bob:", r.lookup("bob"))
	<-done
}
