// check
// expect blocked: 18
// expect leak: 17
// expect blocked: 22
// expect leak: 21
// Tests two goroutines waiting on each other's channels while main still runs (not a global deadlock).
package main

import (
	"fmt"
	"time"
)

func start() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		v := <-a
		b <- v
	}()
	go func() {
		v := <-b
		a <- v
	}()
}

func main() {
	start()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main done")
}
