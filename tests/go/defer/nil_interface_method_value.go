// i.M of a nil interface panics where it is evaluated, also as a defer statement's function.
package main

import "fmt"

type Closer interface{ Close() }

var reached bool

func deferNilInterfaceMethod() {
	var x Closer
	defer x.Close() // evaluating x.Close panics here
	reached = true
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		deferNilInterfaceMethod()
	}()
	fmt.Println("reached statement after defer:", reached)
	var f func()
	func() {
		defer func() { fmt.Println("method value of nil interface panics:", recover() != nil) }()
		var x Closer
		f = x.Close
	}()
	_ = f
}
