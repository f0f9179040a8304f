// check
// Tests the unbuffered-channel rule: a receive happens before the matching send completes.
package main

import "fmt"

func main() {
	var data int
	ack := make(chan struct{})
	go func() {
		data = 42 // written before the receive...
		<-ack
	}()
	ack <- struct{}{} // ...so it is visible once this send has completed
	fmt.Println("data:", data)
}
