// Generics (a program written to find divergences from Go): funcvals.
package main

import (
	"fmt"
	"strconv"
)

func Identity[T any](x T) T { return x }

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprintf("%v=%v", k, v) }

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	f := Identity[int]
	fmt.Println(f(42))
	fmt.Printf("%T\n", f)
	g := Identity[string]
	fmt.Println(g("hi"))
	var h func(float64) float64 = Identity[float64]
	fmt.Println(h(1.5))
	var h2 func(int) int = Double[int]
	fmt.Println(h2(21))
	fmt.Println(Apply(3, Double[int], Double[int], func(x int) int { return x + 1 }))
	p := Pair[string, int]
	fmt.Println(p("a", 1))
	p2 := Pair[int, []string]
	fmt.Println(p2(1, []string{"x"}))
	c := Compose(strconv.Itoa, func(s string) int { return len(s) })
	fmt.Println(c(12345))
	c2 := Compose(Double[float64], func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) })
	fmt.Println(c2(1.25))
	fs := []func(int) int{Double[int], Identity[int]}
	for _, fn := range fs {
		fmt.Println(fn(5))
	}
	m := map[string]func(string) string{"id": Identity[string]}
	fmt.Println(m["id"]("x"))
}
