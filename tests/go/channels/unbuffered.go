// Tests unbuffered channel handoff: the sender blocks until the receiver takes the value.
package main

import "fmt"

func main() {
	ch := make(chan string)
	ack := make(chan bool)
	go func() {
		for _, m := range []string{"one", "two", "three"} {
			ch <- m
			<-ack
		}
		close(ch)
	}()
	for m := range ch {
		fmt.Println("got", m)
		ack <- true
	}
	fmt.Println(len(ch), cap(ch))
	result := make(chan int)
	go func() { result <- 6 * 7 }()
	fmt.Println(<-result)
	steps := make(chan int)
	go func() {
		defer close(steps)
		for i := 1; i <= 3; i++ {
			steps <- i
		}
	}()
	a, b, c := <-steps, <-steps, <-steps
	_, ok := <-steps
	fmt.Println(a, b, c, ok)
}
