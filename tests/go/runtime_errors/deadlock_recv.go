// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// stderr: ^goroutine 1 \[chan receive\]:$
// Tests the deadlock detector when main blocks receiving from a channel nobody sends on.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	v := <-ch
	fmt.Println(v)
}
