// check
// expect leak: 10
// Tests a goroutine that may not even have started when main returns: it is alive, and would block forever.
package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		results <- 42 // nobody ever receives
	}()
	fmt.Println("main returns without waiting")
}
