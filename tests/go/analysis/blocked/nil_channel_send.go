// check
// expect blocked: 17
// expect leak: 22
// Tests a goroutine sending on a nil channel field while main keeps running.
package main

import (
	"fmt"
	"time"
)

type notifier struct {
	events chan string // never made: nil
}

func (n *notifier) publish(e string) {
	n.events <- e // a send on a nil channel blocks forever
}

func main() {
	n := &notifier{}
	go n.publish("started")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
