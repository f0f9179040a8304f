// Tests generator goroutines that yield values on demand and stop when a quit channel closes.
package main

import "fmt"

func fibGen(quit <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for {
			select {
			case ch <- a:
				a, b = b, a+b
			case <-quit:
				return
			}
		}
	}()
	return ch
}

func take(n int, in <-chan int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, <-in)
	}
	return out
}

func main() {
	quit := make(chan struct{})
	fib := fibGen(quit)
	fmt.Println(take(10, fib))
	fmt.Println(take(5, fib))
	close(quit)
	count := 0
	for range fib {
		count++
	}
	fmt.Println("drained after quit:", count <= 1)
}
