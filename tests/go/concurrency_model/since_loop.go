// Tests that executing code moves the clock: a loop that spins until time.Since passes 20ms
// ends, having run many iterations, and sees at least 20ms.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	n := 0
	for time.Since(start) < 20*time.Millisecond {
		n++
	}
	el := time.Since(start)
	fmt.Println(n > 1000, el >= 20*time.Millisecond, el < 25*time.Millisecond)
}
