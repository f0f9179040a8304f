// exit: 2
// stderr: ^panic: close of nil channel$
// Tests closing a nil channel.
package main

import "fmt"

type Pipe struct{ ch chan int }

func main() {
	var p Pipe
	fmt.Println("closing nil channel", p.ch == nil)
	close(p.ch)
}
