// check
// Tests two goroutines exchanging messages in a fixed order, so the wait-for cycle never closes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	toA := make(chan int)
	toB := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // A speaks first
		defer wg.Done()
		toB <- 1
		fmt.Println("A got", <-toA)
	}()
	go func() { // B answers
		defer wg.Done()
		v := <-toB
		toA <- v + 1
	}()
	wg.Wait()
}
