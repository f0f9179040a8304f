// errorcheck
// Tests that using an undeclared identifier is rejected.
package main

import "fmt"

func main() {
	total := 10
	fmt.Println(total + count) // ERROR "undefined: count"
}
