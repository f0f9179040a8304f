// errorcheck
// Tests that receiving from a send-only channel is rejected.
package main

import "fmt"

func produce(ch chan<- int) {
	ch <- 1
	v := <-ch // ERROR "invalid operation: cannot receive from send-only channel"
	fmt.Println(v)
}

func main() {
	produce(make(chan int, 1))
}
