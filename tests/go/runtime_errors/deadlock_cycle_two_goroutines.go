// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests deadlock detection when two goroutines wait on each other and main waits too.
package main

import "fmt"

func main() {
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
	fmt.Println("waiting")
	<-a
}
