// check
// Tests main waiting for a shutdown signal or a timeout instead of select{}.
package main

import (
	"fmt"
	"time"
)

func main() {
	shutdown := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		shutdown <- "signal"
	}()
	select {
	case why := <-shutdown:
		fmt.Println("stopping on", why)
	case <-time.After(time.Second):
		fmt.Println("stopping on timeout")
	}
}
