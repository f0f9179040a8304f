// exit: 2
// stderr: ^panic: interface conversion: interface \{\} is main\.Box\[float64\], not \*main\.Box\[float64\]$
// Generics (a program written to find divergences from Go): panic assert.
package main

import "fmt"

type Box[T any] struct{ v T }

func Cast[T any](x any) T {
	return x.(T)
}

func main() {
	fmt.Println(Cast[int](3))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Cast[string](3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Cast[Box[int]](Box[string]{"x"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Cast[fmt.Stringer](Box[int]{})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Cast[int](nil)
	}()
	Cast[*Box[float64]](Box[float64]{})
}
