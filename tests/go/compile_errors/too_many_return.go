// errorcheck
// Tests that returning values from a function without results is rejected.
package main

import "fmt"

func log(msg string) {
	fmt.Println(msg)
	return true // ERROR "too many return values"
}

func main() {
	log("x")
}
