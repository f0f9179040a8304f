// Generics (a program written to find divergences from Go): closures.
package main

import (
	"fmt"
	"strings"
)

func Counter[T comparable]() (func(T), func(T) int) {
	m := map[T]int{}
	return func(x T) { m[x]++ }, func(x T) int { return m[x] }
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		fmt.Println("  computed", k, "calls", calls)
		return v
	}
}

func Accum[T ~int | ~float64 | ~string](init T) func(T) T {
	acc := init
	return func(x T) T {
		acc += x
		return acc
	}
}

func Generator[T any](xs ...T) func() (T, bool) {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var z T
			return z, false
		}
		i++
		return xs[i-1], true
	}
}

func Curry[A, B, C any](f func(A, B) C) func(A) func(B) C {
	return func(a A) func(B) C {
		return func(b B) C { return f(a, b) }
	}
}

func Defer[T any](x T) (res []T) {
	defer func() { res = append(res, x) }()
	x2 := x
	defer func() { res = append(res, x2) }()
	return []T{x}
}

type Event[T any] struct {
	handlers []func(T)
}

func (e *Event[T]) On(h func(T)) { e.handlers = append(e.handlers, h) }
func (e *Event[T]) Emit(v T) {
	for _, h := range e.handlers {
		h(v)
	}
}

func LoopCapture[T any](xs []T) []func() T {
	var fs []func() T
	for _, x := range xs {
		fs = append(fs, func() T { return x })
	}
	return fs
}

func main() {
	inc, get := Counter[string]()
	for _, w := range strings.Fields("a b a c a b") {
		inc(w)
	}
	fmt.Println(get("a"), get("b"), get("z"))
	fib := func(n int) int { return n * n }
	mf := Memo(fib)
	fmt.Println(mf(3), mf(3), mf(4))
	a := Accum(10)
	a(5)
	fmt.Println(a(1))
	s := Accum("x")
	s("y")
	fmt.Println(s("z"))
	fl := Accum(0.5)
	fmt.Println(fl(0.25))
	g := Generator("p", "q")
	for v, ok := g(); ok; v, ok = g() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	add := Curry(func(a int, b string) string { return strings.Repeat(b, a) })
	fmt.Println(add(3)("ab"))
	fmt.Println(Defer(7), Defer("s"))
	var ev Event[Pair]
	total := 0
	ev.On(func(p Pair) { total += p.a })
	ev.On(func(p Pair) { fmt.Println("got", p) })
	ev.Emit(Pair{1, "x"})
	ev.Emit(Pair{2, "y"})
	fmt.Println(total)
	for _, f := range LoopCapture([]string{"a", "b", "c"}) {
		fmt.Print(f())
	}
	fmt.Println()
}

type Pair struct {
	a int
	b string
}
