// Generics (a program written to find divergences from Go): bidichan infer.
package main

import "fmt"

func Send[T any](c chan<- T, v T) { c <- v }

func main() {
	c := make(chan int, 1)
	Send(c, 5)
	fmt.Println(<-c)
}
