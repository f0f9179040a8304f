// Tests directional channel types in function signatures and conversions from bidirectional channels.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func relay(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v + 1
		}
	}()
	return out
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 5)
	go consumer(ch, done)
	fmt.Println("sum of squares:", <-done)
	var sendOnly chan<- string
	var recvOnly <-chan string
	bi := make(chan string, 1)
	sendOnly, recvOnly = bi, bi
	sendOnly <- "through"
	fmt.Println(<-recvOnly)
	fmt.Printf("%T %T %T\n", bi, sendOnly, recvOnly)
	src := make(chan int)
	go producer(src, 3)
	for v := range relay(relay(src)) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
