// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests an unbuffered send in main with no receiver anywhere.
package main

import "fmt"

func main() {
	results := make(chan string)
	fmt.Println("sending")
	results <- "done" // no receiver: main blocks forever
	fmt.Println(<-results)
}
