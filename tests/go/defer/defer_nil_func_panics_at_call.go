// defer of a nil function value panics when the call would run, not at the defer (spec).
package main

import "fmt"

var x = 0

func f() {
	var nilf func()
	defer nilf()
	x = 1
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}()
	fmt.Println("x =", x)
}
