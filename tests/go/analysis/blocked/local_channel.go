// check
// expect blocked: 15
// expect leak: 13
// Tests a goroutine receiving from a channel it made itself and never shared, while main sleeps.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		reply := make(chan int) // only this goroutine can reach it
		<-reply                 // nobody can ever send on reply
		fmt.Println("unreachable")
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main done")
}
