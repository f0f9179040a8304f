// Generics (a program written to find divergences from Go): uncomparable.
package main

import "fmt"

func Eq[T comparable](a, b T) bool { return a == b }

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Eq[any](1, 1), Eq[any](1, "1"))
	fmt.Println(Index([]any{1, "a", 2.5}, any(2.5)))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Eq[any]([]int{1}, []int{1}))
}
