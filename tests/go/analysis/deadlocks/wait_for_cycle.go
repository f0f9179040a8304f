// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests two goroutines each waiting for the other's message while main waits for both.
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
	go func() { // A waits for B before sending
		defer wg.Done()
		v := <-toA
		toB <- v + 1
	}()
	go func() { // B waits for A before sending
		defer wg.Done()
		v := <-toB
		toA <- v + 1
	}()
	fmt.Println("waiting for A and B")
	wg.Wait()
	fmt.Println("unreachable")
}
