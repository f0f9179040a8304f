// errorcheck
// Tests that := with no new variables on the left side is rejected.
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	fmt.Println(a, b)
}
