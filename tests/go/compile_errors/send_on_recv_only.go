// errorcheck
// Tests that sending on a receive-only channel is rejected.
package main

import "fmt"

func consume(ch <-chan int) {
	ch <- 1 // ERROR "invalid operation: cannot send to receive-only channel"
	fmt.Println(<-ch)
}

func main() {
	consume(make(chan int))
}
