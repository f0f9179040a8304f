// Generics (a program written to find divergences from Go): nested.
package main

import (
	"fmt"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type List[T any] struct{ items []T }

func (l List[T]) Append(x T) List[T] { return List[T]{append(append([]T(nil), l.items...), x)} }
func (l List[T]) Len() int           { return len(l.items) }

func Zip[A, B any](as []A, bs []B) List[Pair[A, B]] {
	var l List[Pair[A, B]]
	for i := range min(len(as), len(bs)) {
		l = l.Append(MakePair(as[i], bs[i]))
	}
	return l
}

func Unzip[A, B any](l List[Pair[A, B]]) ([]A, []B) {
	var as []A
	var bs []B
	for _, p := range l.items {
		as = append(as, p.First)
		bs = append(bs, p.Second)
	}
	return as, bs
}

type Option[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.valid }
func (o Option[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.valid {
		return None[U]()
	}
	return Some(f(o.val))
}

func (o Option[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func main() {
	p := Pair[List[int], string]{List[int]{}.Append(1).Append(2), "two"}
	fmt.Println(p.First.Len(), p.Second, p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", p.Swap())
	fmt.Printf("%+v\n", p.Swap())
	z := Zip([]string{"a", "b", "c"}, []float64{1, 2})
	fmt.Printf("%v %T\n", z, z)
	as, bs := Unzip(z)
	fmt.Println(as, bs)
	pp := MakePair(MakePair(1, "x"), MakePair(true, 2.5))
	fmt.Printf("%v %T\n", pp, pp)
	fmt.Println(pp.First.Swap().First, pp.Second.Swap().Swap().First)
	o := Some(Some(3))
	fmt.Println(o)
	fmt.Printf("%T\n", o)
	inner, _ := o.Get()
	fmt.Println(inner.OrElse(0), None[int]().OrElse(-1))
	l := MapOpt(Some("hello"), strings.ToUpper)
	fmt.Println(l, MapOpt(None[string](), func(s string) int { return len(s) }))
	fmt.Printf("%T\n", MapOpt(Some(1), func(int) Pair[int, Option[string]] { return Pair[int, Option[string]]{} }))
	r := Try(func() (int, error) { return 0, fmt.Errorf("bad %d", 1) })
	fmt.Println(r.Val, r.Err)
	r2 := Try(func() (List[Pair[int, int]], error) { return List[Pair[int, int]]{}.Append(Pair[int, int]{1, 2}), nil })
	fmt.Printf("%+v\n", r2)
	opts := []Option[Pair[string, int]]{Some(MakePair("a", 1)), None[Pair[string, int]]()}
	fmt.Println(opts)
	m := map[string]Option[List[string]]{"x": Some(List[string]{}.Append("q"))}
	fmt.Println(m)
}
