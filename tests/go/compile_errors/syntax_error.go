// errorcheck
// Tests that a statement at package level is a syntax error.
package main

import "fmt"

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
	fmt.Println("unreachable")
}
