// check
// Tests two goroutines writing different fields of one struct: distinct memory, no race.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	reads  int
	writes int
}

func main() {
	var s stats
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 10; i++ {
			s.reads++
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			s.writes++
		}
	}()
	wg.Wait()
	fmt.Println(s.reads, s.writes)
}
