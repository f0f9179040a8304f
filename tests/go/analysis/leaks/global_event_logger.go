// check
// expect leak: 23
// Tests a logger goroutine reading a package-level channel that is never closed.
package main

import (
	"fmt"
	"time"
)

var events = make(chan string)
var logged = make(chan int)

func logger() {
	n := 0
	for e := range events {
		n += len(e)
		logged <- n
	}
}

func main() {
	go logger()
	for _, e := range []string{"start", "work", "stop"} {
		events <- e
		fmt.Println("logged bytes:", <-logged)
	}
	time.Sleep(10 * time.Millisecond) // main finishes other work, then returns
}
