// check
// expect leak: 14
// Tests a retry loop with exponential backoff that is still sleeping when main returns.
package main

import (
	"fmt"
	"time"
)

func tryConnect(attempt int) bool { return attempt > 10 }

func main() {
	go func() {
		backoff := 10 * time.Millisecond
		for attempt := 1; !tryConnect(attempt); attempt++ {
			time.Sleep(backoff)
			backoff *= 2
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main done")
}
