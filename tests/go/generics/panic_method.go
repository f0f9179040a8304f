// exit: 2
// stderr: ^panic: pop from empty stack$
// Generics (a program written to find divergences from Go): panic method.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func Drain[T any](s *Stack[T]) {
	for {
		fmt.Println(s.Pop())
	}
}

func main() {
	s := &Stack[int]{items: []int{1, 2}}
	Drain(s)
}
