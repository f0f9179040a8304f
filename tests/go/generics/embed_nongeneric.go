// Generics (a program written to find divergences from Go): embed nongeneric.
package main

import "fmt"

type Meta struct{ Tag string }

func (m Meta) Tagged() string { return "#" + m.Tag }
func (m *Meta) Retag(s string) { m.Tag = s }

type Wrapped[T any] struct {
	Meta
	Value T
}

func (w Wrapped[T]) String() string { return fmt.Sprintf("%s:%v", w.Tagged(), w.Value) }

type Inner[T any] interface{ Ident() T }

type Embedding[T any] interface {
	Inner[T]
	fmt.Stringer
}

func Show[T any](e Embedding[T]) string { return fmt.Sprint(e.Ident(), " / ", e.String()) }

func (w Wrapped[T]) Ident() T { return w.Value }

type Logger interface{ Log(string) }

type Service[T any] struct {
	Logger
	state T
}

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

func (s *Service[T]) Update(v T) {
	s.Log(fmt.Sprintf("update %v -> %v", s.state, v))
	s.state = v
}

func main() {
	w := Wrapped[[]int]{Meta{"t"}, []int{1}}
	fmt.Println(w.Tagged(), w.Tag, w.Value)
	w.Retag("u")
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(Show[[]int](w))
	fmt.Println(Show[string](Wrapped[string]{Value: "s"}))
	var lines []string
	svc := &Service[int]{Logger: prefixLogger{"[svc] ", &lines}}
	svc.Update(1)
	svc.Update(2)
	for _, l := range lines {
		fmt.Println(l)
	}
	var e Embedding[int] = Wrapped[int]{Meta{"q"}, 5}
	if s, ok := e.(fmt.Stringer); ok {
		fmt.Println("stringer", s)
	}
	if i, ok := e.(Inner[int]); ok {
		fmt.Println("inner", i.Ident())
	}
	_, ok := e.(Inner[string])
	fmt.Println(ok)
}
