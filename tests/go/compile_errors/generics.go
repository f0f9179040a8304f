// errorcheck
// Generic code that Go rejects: constraints not satisfied, type arguments that cannot be
// inferred or are too few or too many, generic names used without instantiation.
package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | string](a, b T) T { return a }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Zero[T any]() T { var z T; return z }

func main() {
	fmt.Println(Sum([]string{"a"})) // ERROR "string does not satisfy Number"
	fmt.Println(Max(1.5, 2)) // ERROR "float64 does not satisfy int . string"
	var p Pair[[]int, int] // ERROR "int does not satisfy comparable"
	_ = p
	f := Zero // ERROR "cannot use generic function Zero without instantiation"
	_ = f
	Zero() // ERROR "in call to Zero, cannot infer T"
	var q Pair[int] // ERROR "not enough type arguments for type Pair: have 1, want 2"
	_ = q
	var r int[string] // ERROR "int is not a generic type"
	_ = r
	fmt.Println(Max[int, int](1, 2)) // ERROR "got 2 type arguments but want 1"
	var s fmt.Stringer = nil
	_ = s
	Sum(nil) // ERROR "in call to Sum, cannot infer T"
	fmt.Println(Sum([]int{1}, 2)) // ERROR "too many arguments in call to Sum"
}
