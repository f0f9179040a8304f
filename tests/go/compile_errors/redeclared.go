// errorcheck
// Tests that declaring the same name twice in one scope is rejected.
package main

import "fmt"

func helper() int { return 1 }

func helper() int { return 2 } // ERROR "helper redeclared in this block"

func main() {
	var x int = 1
	var x string = "a" // ERROR "x redeclared in this block"
	fmt.Println(x, helper())
}
