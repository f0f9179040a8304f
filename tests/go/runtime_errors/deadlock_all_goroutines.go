// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// stderr: ^goroutine 1 \[chan receive\]:$
// stderr: ^goroutine \d+ \[chan send\]:$
// Tests deadlock detection with several goroutines blocked on each other's channels.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		a <- 1
		fmt.Println("unreachable")
	}()
	fmt.Println("main waits on b")
	<-b
}
