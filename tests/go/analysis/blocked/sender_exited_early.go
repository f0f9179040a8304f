// check
// expect blocked: 22
// expect leak: 19
// Tests a consumer waiting for a third value after the only producer sent two and exited.
package main

import (
	"fmt"
	"time"
)

func pipeline() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 2; i++ { // produces only two values
			ch <- i
		}
	}()
	go func() {
		sum := 0
		for i := 0; i < 3; i++ {
			sum += <-ch // BUG: waits for a third value
		}
		fmt.Println("sum", sum)
	}()
}

func main() {
	pipeline()
	<-time.After(50 * time.Millisecond)
	fmt.Println("main done")
}
