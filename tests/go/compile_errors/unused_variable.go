// errorcheck
// Tests that a local variable that is declared but never used is rejected.
package main

import "fmt"

func main() {
	used := 1
	unused := 2 // ERROR "declared and not used: unused"
	fmt.Println(used)
}
