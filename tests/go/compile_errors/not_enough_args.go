// errorcheck
// Tests that calling a function with too few arguments is rejected.
package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	fmt.Println(add(1)) // ERROR "not enough arguments in call to add"
}
