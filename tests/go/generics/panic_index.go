// exit: 2
// stderr: ^panic: runtime error: index out of range \[5\] with length 3$
// Generics (a program written to find divergences from Go): panic index.
package main

import "fmt"

func Get[T any](xs []T, i int) T {
	return xs[i]
}

func main() {
	fmt.Println(Get([]string{"a", "b"}, 1))
	fmt.Println(Get([]int{1, 2, 3}, 5))
}
