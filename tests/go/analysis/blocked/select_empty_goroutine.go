// check
// expect blocked: 14
// expect leak: 19
// Tests a goroutine parked in select{} while main still runs.
package main

import (
	"fmt"
	"time"
)

func serve(name string, ready chan<- string) {
	ready <- name + " ready"
	select {} // parks forever: nothing can wake it
}

func main() {
	ready := make(chan string)
	go serve("api", ready)
	fmt.Println(<-ready)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
