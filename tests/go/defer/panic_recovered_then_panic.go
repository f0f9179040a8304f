// exit: 2
// stderr: ^panic: first \[recovered\]$
// stderr: ^\s*panic: second$
// Tests a panic that is recovered and followed by a new unrecovered panic in the same deferred function.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic("second")
	}()
	panic("first")
}
