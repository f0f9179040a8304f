// check
// expect race: 22 26
// Tests the same struct field written by two goroutines.
package main

import (
	"fmt"
	"sync"
)

type settings struct {
	theme string
	size  int
}

func main() {
	s := &settings{size: 12}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		s.theme = "dark"
	}()
	go func() {
		defer wg.Done()
		s.theme = "light"
	}()
	wg.Wait()
	fmt.Println("size is still", s.size)
}
