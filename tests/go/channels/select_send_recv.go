// Tests select choosing between a send and a receive; a single ready case is always chosen.
package main

import "fmt"

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 5
	out <- 0
	select {
	case v := <-in:
		fmt.Println("received", v)
	case out <- 1:
		fmt.Println("sent")
	}
	<-out
	select {
	case v := <-in:
		fmt.Println("received", v)
	case out <- 1:
		fmt.Println("sent, out has", len(out))
	}
	counts := map[string]int{}
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			counts["a"]++
		case <-b:
			counts["b"]++
		}
	}
	fmt.Println("total", counts["a"]+counts["b"], "both chosen at least once:", counts["a"] > 0 && counts["b"] > 0)
	fmt.Println("remaining", len(a)+len(b))
}
