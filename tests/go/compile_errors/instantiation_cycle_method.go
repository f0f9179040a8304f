// errorcheck
// Generics: an instantiation cycle (type arguments that grow without end) is an error,
// reported at the type parameter, not a hang.
package main

import "fmt"

type Box[T any] struct{ v T } // ERROR "instantiation cycle"

func (b Box[T]) Wrap(n int) any {
	if n == 0 {
		return b
	}
	return Box[Box[T]]{b}.Wrap(n - 1)
}

func main() {
	fmt.Println(Box[int]{1}.Wrap(2))
}
