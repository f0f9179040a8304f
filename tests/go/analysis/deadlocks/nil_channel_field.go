// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests main receiving from a channel field that was never made (a nil channel).
package main

import "fmt"

type job struct {
	name string
	done chan bool // BUG: never initialised
}

func main() {
	j := job{name: "backup"}
	fmt.Println("waiting for", j.name)
	<-j.done
	fmt.Println("finished")
}
