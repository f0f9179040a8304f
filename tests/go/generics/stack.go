// Generics (a program written to find divergences from Go): stack.
package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

var ErrEmpty = errors.New("empty stack")

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Peek() (x T, ok bool) {
	if len(s.items) == 0 {
		return
	}
	return s.items[len(s.items)-1], true
}

type Queue[T any] []T

func (q *Queue[T]) Enqueue(x T) { *q = append(*q, x) }
func (q *Queue[T]) Dequeue() T {
	x := (*q)[0]
	*q = (*q)[1:]
	return x
}
func (q Queue[T]) Empty() bool { return len(q) == 0 }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(xs ...T) {
	for _, x := range xs {
		s[x] = struct{}{}
	}
}
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Len() int     { return len(s) }

type Pred[T any] func(T) bool

func (p Pred[T]) Not() Pred[T]             { return func(x T) bool { return !p(x) } }
func (p Pred[T]) And(q Pred[T]) Pred[T]    { return func(x T) bool { return p(x) && q(x) } }

func main() {
	s := NewStack(1, 2, 3)
	fmt.Println(s.Len())
	for {
		x, err := s.Pop()
		if err != nil {
			fmt.Println("err:", err, errors.Is(err, ErrEmpty), x)
			break
		}
		fmt.Println(x)
	}
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	p, ok := ss.Peek()
	fmt.Println(p, ok, ss.Len())
	var es Stack[[]int]
	pe, ok := es.Peek()
	fmt.Println(pe == nil, ok)
	fmt.Printf("%v %+v %T\n", ss, ss, ss)
	fmt.Printf("%v %+v %T\n", s, *s, s)

	var q Queue[float64]
	q.Enqueue(1.5)
	q.Enqueue(2.5)
	fmt.Println(q.Dequeue(), q.Empty(), q.Dequeue(), q.Empty())
	fmt.Printf("%T %v\n", q, q)

	set := Set[string]{}
	set.Add("x", "y", "x")
	fmt.Println(set.Len(), set.Has("x"), set.Has("z"))
	fmt.Printf("%T\n", set)

	even := Pred[int](func(i int) bool { return i%2 == 0 })
	pos := Pred[int](func(i int) bool { return i > 0 })
	odd := even.Not()
	f := odd.And(pos)
	for _, i := range []int{-3, -2, 0, 1, 2, 3} {
		fmt.Print(f(i), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", f)
	m := (*Stack[int]).Push
	st := &Stack[int]{}
	m(st, 9)
	l := Stack[int].Len
	fmt.Println(l(*st))
	fmt.Printf("%T %T\n", m, l)
	pushv := st.Push
	pushv(10)
	fmt.Println(st.items)
}
