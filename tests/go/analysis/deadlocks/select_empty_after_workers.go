// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests select{} in main once every other goroutine has finished.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(squares)
	time.Sleep(10 * time.Millisecond) // the workers have all returned by now
	select {}                         // BUG: "wait forever" with nothing left to wake main
}
