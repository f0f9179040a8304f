// errorcheck
// Tests that generic functions (unsupported by goroscope) are rejected with a clear diagnostic.
package main

import "fmt"

func Map[T any](xs []T, f func(T) T) []T { // ERROR "generic"
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println("generic declaration only")
}
