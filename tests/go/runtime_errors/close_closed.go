// exit: 2
// stderr: ^panic: close of closed channel$
// Tests closing an already closed channel.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	_, ok := <-done
	fmt.Println("closed once, ok =", ok)
	close(done)
}
