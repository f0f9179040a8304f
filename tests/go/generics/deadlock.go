// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Generics (a program written to find divergences from Go): deadlock.
package main

import "fmt"

func Recv[T any](c chan T) T { return <-c }

func main() {
	c := make(chan []string, 1)
	c <- []string{"a"}
	fmt.Println(Recv(c))
	fmt.Println(Recv(c))
}
