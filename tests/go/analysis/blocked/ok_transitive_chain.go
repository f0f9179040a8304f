// check
// Tests a goroutine waiting on a channel held only by another blocked goroutine that main wakes later.
package main

import (
	"fmt"
	"time"
)

func startChain(start <-chan int, result chan<- int) {
	mid := make(chan int) // reachable only from the two stages
	go func() {
		result <- <-mid * 10 // waits on mid, which only the first stage can send on
	}()
	go func() {
		mid <- <-start + 1 // waits on start, which main holds
	}()
}

func main() {
	start := make(chan int)
	result := make(chan int)
	startChain(start, result)
	time.Sleep(50 * time.Millisecond) // both stages are blocked meanwhile
	start <- 4
	fmt.Println("result", <-result)
}
