// errorcheck
// Tests that calling a function with too many arguments is rejected.
package main

import "fmt"

func greet(name string) string { return "hi " + name }

func main() {
	fmt.Println(greet("a", "b")) // ERROR "too many arguments in call to greet"
}
