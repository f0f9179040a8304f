// Generics (a program written to find divergences from Go): infer.
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

type MyInts []int
type Celsius float64

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Convert[To, From Number](x From) To { return To(x) }

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2, 3))
	fmt.Println(Sum[int8](100, 27))
	fmt.Println(Sum(Celsius(1.5), 2))
	fmt.Printf("%T %T\n", Sum(1, 2), Sum(1, 2.5))
	fmt.Println(Max(3, 7), Max(2.5, 1), Max("abc", "abd"))
	fmt.Printf("%T\n", Max(3, 2.0))
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Printf("%q %T\n", strs, strs)
	m := MyInts{1, 2, 3, 4, 5, 6}
	ev := Filter(m, func(i int) bool { return i%2 == 0 })
	fmt.Printf("%v %T\n", ev, ev)
	r := Reduce([]string{"a", "bb", "ccc"}, 0, func(a int, s string) int { return a + len(s) })
	fmt.Println(r)
	fmt.Println(Convert[int](3.9), Convert[float64](int8(-3)), Convert[uint8](300.0+0))
	var f float64 = 300.7
	fmt.Println(Convert[uint8](int(f)), Convert[int32, float64](f))
	var nilS MyInts
	fmt.Println(Filter(nilS, func(int) bool { return true }) == nil)
}
