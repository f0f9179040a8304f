// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests pipeline whose generator never closes its channel deadlocks after all values are consumed.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	total := 0
	for v := range sq(gen(4)) {
		total += v
		fmt.Println("got", v)
	}
	fmt.Println(total)
}
