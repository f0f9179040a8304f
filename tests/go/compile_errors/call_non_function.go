// errorcheck
// Tests that calling a value that is not a function is rejected.
package main

import "fmt"

func main() {
	count := 3
	fmt.Println(count()) // ERROR "invalid operation: cannot call non-function count"
}
