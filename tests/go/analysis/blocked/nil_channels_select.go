// check
// expect blocked: 14
// expect leak: 37
// Tests a merge loop left in a select whose cases are all nil channels after both inputs closed.
package main

import (
	"fmt"
	"time"
)

func merge(a, b <-chan int, out chan<- int) {
	for { // BUG: should return once a and b are both nil
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out <- v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out <- v
		}
	}
}

func main() {
	a := make(chan int)
	b := make(chan int)
	out := make(chan int)
	go func() { a <- 1; close(a) }()
	go func() { b <- 2; close(b) }()
	go merge(a, b, out)
	sum := <-out + <-out
	fmt.Println("sum", sum)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
