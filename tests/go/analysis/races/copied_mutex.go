// check
// expect race: 20 20
// Tests a struct with a mutex passed by value: each goroutine locks its own copy of the mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

type stats struct {
	mu   sync.Mutex
	hits map[string]int
}

func record(s stats, page string, wg *sync.WaitGroup) { // BUG: s (and s.mu) is a copy
	defer wg.Done()
	s.mu.Lock()
	s.hits[page]++
	s.mu.Unlock()
}

func main() {
	s := stats{hits: map[string]int{}}
	var wg sync.WaitGroup
	wg.Add(2)
	go record(s, "home", &wg)
	go func() {
		time.Sleep(time.Millisecond)
		record(s, "home", &wg)
	}()
	wg.Wait()
	fmt.Println("home hits:", s.hits["home"])
}
