// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests that deadlock is only reported once pending timers (AfterFunc, time.After) have fired.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	time.AfterFunc(50*time.Millisecond, func() { fmt.Println("timer fired") })
	select {
	case v := <-ch:
		fmt.Println(v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	<-ch
}
