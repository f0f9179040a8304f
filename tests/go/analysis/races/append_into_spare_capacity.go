// check
// expect race: 19 21
// Tests two appends to one slice with spare capacity: both write the same element of the
// shared backing array (the slice variable itself is only read).
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 1, 4)
	var wg sync.WaitGroup
	var a, b []int
	wg.Add(2)
	go func() {
		defer wg.Done()
		a = append(s, 1)
	}()
	go func() { defer wg.Done(); b = append(s, 2) }()
	wg.Wait()
	fmt.Println(len(a), len(b))
}
