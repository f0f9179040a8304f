// errorcheck
// Tests that break and continue outside of a loop are rejected.
package main

import "fmt"

func main() {
	x := 3
	if x > 2 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	func() {
		continue // ERROR "continue is not in a loop"
	}()
	fmt.Println(x)
}
