// errorcheck
// Tests that assigning a single-valued call to two variables is rejected.
package main

import "fmt"

func f() int { return 1 }

func main() {
	a, b := f() // ERROR "assignment mismatch: 2 variables but f\(?\)? returns 1 value"
	fmt.Println(a, b)
}
