// Generic functions and types: inference, constraints, methods of instances, %T of instances.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type MyInt int

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Ptr[T any](v T) *T { return &v }

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func First[S ~[]E, E any](s S) E { return s[0] }

type Ints []int

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("x", i) }))
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(len(Keys(map[string]int{"a": 1, "b": 2})))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	p := Pair[string, int]{"x", 1}
	fmt.Println(p, p.String())
	fmt.Printf("%T %v\n", p, p)
	var l List[int]
	l.Add(1)
	l.Add(2)
	l.Each(func(i int) { fmt.Print(i, " ") })
	fmt.Println(l.size)
	fmt.Println(Max(3, 7), Max(2.5, 1.0), Max("a", "b"), Max[float64](1, 2.5))
	fmt.Println(*Ptr(42), *Ptr("s"))
	fmt.Println(Join([]Pair[string, int]{{"a", 1}, {"b", 2}}, ", "))
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	fmt.Println(First(Ints{9, 8}), First([]string{"z"}))
	f := Map[int, int]
	fmt.Println(f([]int{1}, func(i int) int { return i * 10 }))
	fmt.Println(Must(fmt.Sprint("ok"), nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(0, errors.New("boom"))
}
