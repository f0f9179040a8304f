// exit: 2
// stderr: ^panic: worker failed$
// stderr: ^goroutine \d+ \[running\]:$
// Tests that an unrecovered panic in a goroutine crashes the whole program.
package main

import "fmt"

func main() {
	done := make(chan bool)
	fmt.Println("starting worker")
	go func() {
		defer fmt.Println("worker deferred")
		panic("worker failed")
	}()
	<-done
	fmt.Println("unreachable")
}
