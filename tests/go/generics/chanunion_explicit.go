// Generics (a program written to find divergences from Go): chanunion explicit.
package main

import "fmt"

func Recv[C ~chan E | ~<-chan E, E any](c C) E { return <-c }

func main() {
	c := make(chan int, 1)
	c <- 7
	fmt.Println(Recv[chan int, int](c))
}
