// Tests that the program exits when main returns, even with goroutines still blocked (no deadlock error).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	never := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-never
			fmt.Println("never printed")
		}()
	}
	ready := make(chan bool)
	go func() {
		ready <- true
		select {}
	}()
	<-ready
	fmt.Println("goroutines alive:", runtime.NumGoroutine() >= 2)
	fmt.Println("main returns")
}
