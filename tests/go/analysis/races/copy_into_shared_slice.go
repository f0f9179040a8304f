// check
// expect race: 17 19
// Tests copy into one slice from two goroutines: copy writes the destination's elements.
package main

import (
	"fmt"
	"sync"
)

func main() {
	dst := make([]int, 3)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		copy(dst, []int{1, 2, 3})
	}()
	go func() { defer wg.Done(); copy(dst, []int{4, 5, 6}) }()
	wg.Wait()
	fmt.Println(len(dst))
}
