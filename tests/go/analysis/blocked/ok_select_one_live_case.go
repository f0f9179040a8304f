// check
// Tests a select where one case can never fire but another channel is still held by main.
package main

import (
	"fmt"
	"time"
)

func main() {
	stop := make(chan struct{})
	done := make(chan string)
	go func() {
		never := make(chan int) // nobody else can send on this
		select {
		case v := <-never:
			done <- fmt.Sprint("value ", v)
		case <-stop:
			done <- "stopped"
		}
	}()
	time.Sleep(50 * time.Millisecond)
	close(stop)
	fmt.Println(<-done)
}
