// Generics (a program written to find divergences from Go): infer3.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func Max[T ~int | ~int32 | ~float64 | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Both[T any](a, b T) T { return b }

func Deref[P ~*E, E any](p P) E { return *p }

func Call[F ~func(T) T, T any](f F, x T) T { return f(x) }

type Op func(int) int
type IntPtr *int

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Sum[T ~int | ~float64](xs []T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Tuple[A, B, C any](a A, b B, c C) string { return fmt.Sprintf("%T/%T/%T", a, b, c) }

func PtrTo[T any](v T) *T { return &v }


type Celsius float64

func main() {
	var f float64 = 1.5
	fmt.Printf("%T %v\n", Max(f, 1), Max(f, 1))
	fmt.Printf("%T %v\n", Max(1, f), Max(2, f))
	fmt.Printf("%T %v\n", Max(1, 'a'), Max(1, 'a'))
	fmt.Printf("%T %v\n", Max('a', 2.5), Max('a', 2.5))
	fmt.Printf("%T %v\n", Max(Celsius(3), 4), Max(5, Celsius(3)))
	var e error = errors.New("x")
	fmt.Printf("%v\n", Both(e, e))
	n := 5
	fmt.Println(Deref(&n), Deref(IntPtr(&n)))
	fmt.Println(Call(Op(func(i int) int { return i + 1 }), 41))
	fmt.Println(Call(strconv.Quote, "q"))
	fmt.Println(Keys(map[string]bool{"a": true}))
	fmt.Println(Sum(Map([]string{"1", "22", "333"}, func(s string) int { return len(s) })))
	fmt.Println(Tuple(1, "s", 2.5), Tuple[int8](1, 'x', nil == error(nil)))
	fmt.Println(Tuple[byte, rune](1, 2, 3))
	p := PtrTo(PtrTo(3))
	fmt.Printf("%T %v\n", p, **p)
	fmt.Printf("%T\n", PtrTo[any](nil))
	fmt.Println(Max("go", "generics"))
}
