// check
// Tests passing the loop variable as an argument: each goroutine gets its own copy.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	seen := make([]bool, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			seen[n] = true
		}(i)
	}
	wg.Wait()
	fmt.Println(seen)
}
