// args: --go 1.21
// Tests the pre-Go 1.22 loop variable bug: goroutines released after the loop all see the final value.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			<-start
			results[slot] = i
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println(results)

	start2 := make(chan struct{})
	names := make([]string, 3)
	for k, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			<-start2
			names[slot] = name
		}(k)
	}
	close(start2)
	wg.Wait()
	fmt.Println(names)
}
