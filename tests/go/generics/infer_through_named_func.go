// Generics: infer through named func (a divergence found and fixed).
package main

import "fmt"

type Option[T any] func(*T)

func Apply[T any](opt Option[T]) T {
	var t T
	opt(&t)
	return t
}

type S struct{ N int }

func main() {
	fmt.Println(Apply(func(s *S) { s.N = 1 }))
}
