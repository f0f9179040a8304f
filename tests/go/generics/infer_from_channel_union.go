// Generics: infer from channel union (known to fail: see KNOWN_FAILURES).
package main

import "fmt"

func Recv[C ~chan E | ~<-chan E, E any](c C) E { return <-c }

func main() {
	c := make(chan int, 1)
	c <- 7
	fmt.Println(Recv(c))
}
