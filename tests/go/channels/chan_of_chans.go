// Tests channels of channels: request/response where each request carries its own reply channel.
package main

import "fmt"

type Request struct {
	N     int
	Reply chan int
}

func server(reqs <-chan Request) {
	for r := range reqs {
		r.Reply <- r.N * r.N
	}
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		reply := make(chan int)
		reqs <- Request{i, reply}
		fmt.Println(i, "->", <-reply)
	}
	pending := make([]chan int, 3)
	for i := range pending {
		pending[i] = make(chan int, 1)
		reqs <- Request{10 + i, pending[i]}
	}
	for i, p := range pending {
		fmt.Println("pending", i, <-p)
	}
	close(reqs)
	chch := make(chan chan string, 1)
	inner := make(chan string, 1)
	chch <- inner
	(<-chch) <- "nested"
	fmt.Println(<-inner)
}
