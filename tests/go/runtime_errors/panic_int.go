// exit: 2
// stderr: ^panic: 42$
// Tests a panic with an integer value.
package main

import "fmt"

func main() {
	code := 40
	fmt.Println("code", code)
	panic(code + 2)
}
