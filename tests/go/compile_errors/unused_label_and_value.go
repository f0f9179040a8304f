// errorcheck
// Tests that an unused label and an unused expression value are rejected.
package main

import "fmt"

func main() {
	x := 1
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 2; i++ {
		x += i
	}
	x * 2 // ERROR "is not used"
	fmt.Println(x)
}
