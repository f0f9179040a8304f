// errorcheck
// Tests that binary operators reject operands of different types.
package main

import "fmt"

func main() {
	x := 1
	y := "two"
	fmt.Println(x + y) // ERROR "invalid operation: x \+ y \(mismatched types int and string\)"
}
