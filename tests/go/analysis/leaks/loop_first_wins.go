// check
// expect leak: 20
// Tests goroutines started in a loop where main keeps only the first answer: the others leak.
package main

import (
	"fmt"
	"time"
)

func query(replica int, delay time.Duration, out chan<- int) {
	time.Sleep(delay)
	out <- replica
}

func main() {
	out := make(chan int) // unbuffered: the slower replicas can never deliver
	delays := []time.Duration{30 * time.Millisecond, 10 * time.Millisecond, 20 * time.Millisecond}
	for i, d := range delays {
		go query(i, d, out)
	}
	fmt.Println("first answer from replica", <-out)
}
