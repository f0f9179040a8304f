// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests deadlock after ranging over a channel the producer never closes.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Println(v)
	}
}
