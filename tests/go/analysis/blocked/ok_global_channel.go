// check
// Tests a goroutine blocked on a package-level channel that main sends on later.
package main

import (
	"fmt"
	"time"
)

var jobs = make(chan string)
var done = make(chan bool)

func worker() {
	for j := range jobs {
		fmt.Println("job", j)
	}
	done <- true
}

func main() {
	go worker()
	time.Sleep(20 * time.Millisecond)
	jobs <- "late"
	close(jobs)
	<-done
}
