// exit: 2
// stderr: ^panic: boom$
// stderr: ^goroutine 1 \[running\]:$
// Tests an explicit panic with a string value.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before crash")
	fmt.Println("before")
	panic("boom")
}
