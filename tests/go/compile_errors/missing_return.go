// errorcheck
// Tests that a function with results must end in a terminating statement.
package main

import "fmt"

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func main() {
	fmt.Println(sign(3))
}
