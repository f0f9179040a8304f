// Tests Go 1.22 loop variable semantics with goroutines: each goroutine captures its own iteration variable.
// golden written by hand (Go 1.22 feature)
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	out := make(chan string, 3)
	for _, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- name
		}()
	}
	wg.Wait()
	close(out)
	var names []string
	for n := range out {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
}
