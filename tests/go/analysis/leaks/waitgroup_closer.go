// check
// expect leak: 19
// expect leak: 24
// Tests the fan-in "closer" pattern when the caller stops reading after one result.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func search(terms []string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, t := range terms {
		wg.Add(1)
		go func(term string) {
			defer wg.Done()
			out <- "result for " + term
		}(t)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	results := search([]string{"go", "rust", "zig"})
	first := <-results // BUG: the other two senders and the closer never finish
	fmt.Println(strings.HasPrefix(first, "result for "))
	time.Sleep(10 * time.Millisecond) // main finishes other work, then returns
}
