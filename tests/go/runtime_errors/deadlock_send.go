// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// stderr: ^goroutine 1 \[chan send\]:$
// Tests the deadlock detector when main sends on a full buffered channel.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	for _, s := range []string{"a", "b", "c"} {
		ch <- s
		fmt.Println("sent", s, len(ch))
	}
}
