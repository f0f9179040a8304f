// Tests two goroutines strictly alternating through a pair of unbuffered channels, producing a fixed order.
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, max int) {
	for {
		ball := <-in
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits >= max {
			done <- name
			return
		}
		out <- ball
	}
}

func main() {
	toPing := make(chan *Ball)
	toPong := make(chan *Ball)
	done := make(chan string)
	go player("ping", toPing, toPong, done, 7)
	go player("pong", toPong, toPing, done, 7)
	toPing <- new(Ball)
	fmt.Println("winner:", <-done)
}
