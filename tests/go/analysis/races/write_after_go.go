// check
// expect race: 12 14
// Tests a variable written by main after the go statement and read by the goroutine.
package main

import "fmt"

func main() {
	greeting := "hello"
	done := make(chan int)
	go func() {
		done <- len(greeting)
	}()
	greeting = "howdy" // no happens-before with the goroutine's read
	fmt.Println("length:", <-done)
}
