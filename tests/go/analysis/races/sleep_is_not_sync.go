// check
// expect race: 14 17
// Tests that sleeping orders nothing: the write and the later read still race.
package main

import (
	"fmt"
	"time"
)

func main() {
	var status string
	go func() {
		status = "configured"
	}()
	time.Sleep(10 * time.Millisecond) // long enough in practice, but not synchronization
	fmt.Println(status)
}
