// check
// expect blocked: 22
// expect leak: 21
// expect blocked: 26
// expect leak: 25
// Tests a chain: one goroutine waits on a nil channel, another waits on a channel only the first could send on.
package main

import (
	"fmt"
	"time"
)

type stage struct {
	in  chan int // BUG: never made
	out chan int
}

func startStage() {
	s := &stage{out: make(chan int)}
	go func() {
		v := <-s.in
		s.out <- v * 2
	}()
	go func() {
		fmt.Println("stage output", <-s.out)
	}()
}

func main() {
	startStage()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
