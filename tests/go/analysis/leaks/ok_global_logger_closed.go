// check
// Tests a logger reading a package-level channel that main closes, then waits for it to drain.
package main

import "fmt"

var events = make(chan string)
var finished = make(chan int)

func logger() {
	n := 0
	for e := range events {
		n += len(e)
	}
	finished <- n
}

func main() {
	go logger()
	for _, e := range []string{"start", "work", "stop"} {
		events <- e
	}
	close(events)
	fmt.Println("logged bytes:", <-finished)
}
