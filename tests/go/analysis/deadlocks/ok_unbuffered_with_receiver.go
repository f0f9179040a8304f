// check
// Tests an unbuffered send that a receiving goroutine completes.
package main

import "fmt"

func main() {
	results := make(chan string)
	done := make(chan bool)
	go func() {
		fmt.Println("received", <-results)
		done <- true
	}()
	results <- "done"
	<-done
}
