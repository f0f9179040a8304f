// check
// expect race: 15 18
// Tests a stop flag polled without synchronization.
package main

import (
	"fmt"
	"time"
)

func main() {
	stop := false
	go func() {
		time.Sleep(5500 * time.Microsecond)
		stop = true
	}()
	polls := 0
	for !stop {
		time.Sleep(time.Millisecond)
		polls++
	}
	fmt.Println("stopped after polling:", polls > 0)
}
