// errorcheck
// Tests that a return statement with too few values is rejected.
package main

import "fmt"

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("division by zero")
	}
	return a / b // ERROR "not enough return values"
}

func main() {
	fmt.Println(divide(4, 2))
}
