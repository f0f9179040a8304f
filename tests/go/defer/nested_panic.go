// exit: 2
// stderr: ^panic: first$
// stderr: ^\s*panic: second$
// Tests an unrecovered panic raised in a deferred function while already panicking: both are reported.
package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred still runs")
	defer func() {
		panic("second")
	}()
	fmt.Println("about to panic")
	panic("first")
}
