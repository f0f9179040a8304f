// Generics (a program written to find divergences from Go): infer2.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Values[M ~map[K]V, K comparable, V any](m M) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func SetPtr[T any](p *T, v T) { *p = v }

func Drain[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

type List[T any] []T

func Len[T any](l List[T]) int { return len(l) }

type Box[T any] struct{ V T }

func Unbox[T any](b Box[T]) T     { return b.V }
func UnboxP[T any](b *Box[T]) T   { return b.V }
func First[T any](xs ...T) T      { return xs[0] }
func Both[T any](a, b T) [2]T     { return [2]T{a, b} }
func Last[S ~[]E, E any](s S) E   { return s[len(s)-1] }
func Clone[S ~[]E, E any](s S) S  { return append(S(nil), s...) }
func Ptrs[S ~[]E, E any](s S) []*E {
	out := make([]*E, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

type Names []string
type Scores map[string]int

func FnArg[A, R any](f func(A) R, a A) R { return f(a) }

func main() {
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa))
	fmt.Printf("%q\n", Map([]string{"1", "x"}, func(s string) error { _, err := strconv.Atoi(s); return err }) [0] == nil)
	sc := Scores{"b": 2, "a": 1, "c": 3}
	ks := Keys(sc)
	sort.Strings(ks)
	vs := Values(sc)
	sort.Ints(vs)
	fmt.Println(ks, vs)
	var x float64
	SetPtr(&x, 3)
	fmt.Println(x)
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	close(c)
	fmt.Println(Drain(c))
	fmt.Println(Len(List[int]{1, 2}))
	fmt.Println(Unbox(Box[string]{"s"}), UnboxP(&Box[int]{4}))
	fmt.Printf("%T %T %T %T\n", First(1, 'a'), First('a', 1.5), First(1, 2), First[any](1, "x"))
	fmt.Printf("%v %T\n", Both(errors.New("e"), error(nil)), Both(errors.New("e"), error(nil)))
	fmt.Printf("%T\n", Both[fmt.Stringer](nil, nil))
	n := Names{"x", "y"}
	fmt.Printf("%v %T\n", Last(n), Last(n))
	cl := Clone(n)
	cl[0] = "changed"
	fmt.Printf("%v %v %T\n", n, cl, cl)
	for _, p := range Ptrs(n) {
		*p += "!"
	}
	fmt.Println(n)
	fmt.Println(FnArg(strconv.Quote, "q"), FnArg(func(i int) bool { return i > 0 }, -1))
	fmt.Printf("%T\n", First(uint8(1), 2))
	type R rune
	fmt.Printf("%T %v\n", First(R('x'), 'y'), First(R('x'), 'y'))
}
