// errorcheck
// Tests that constants that do not fit their target type are rejected at compile time.
package main

import "fmt"

func main() {
	var b uint8 = 256 // ERROR "overflows"
	var i int8 = -129 // ERROR "overflows"
	const big = 1 << 70
	var n int = big // ERROR "overflows"
	fmt.Println(b, i, n)
}
