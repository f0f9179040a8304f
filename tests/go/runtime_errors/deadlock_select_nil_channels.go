// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests select over only nil channels deadlocks.
package main

import "fmt"

func main() {
	var a, b chan int
	fmt.Println("start")
	select {
	case <-a:
	case b <- 1:
	}
}
