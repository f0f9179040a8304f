// exit: 2
// stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Generics (a program written to find divergences from Go): nilptr.
package main

import "fmt"

type Node[T any] struct {
	V    T
	Next *Node[T]
}

func (n *Node[T]) Value() T { return n.V }

func Last[T any](n *Node[T]) T {
	for n.Next != nil {
		n = n.Next
	}
	return n.V
}

func main() {
	l := &Node[string]{"a", &Node[string]{"b", nil}}
	fmt.Println(Last(l))
	var e *Node[int]
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(e.Value())
	}()
	fmt.Println(Last(e))
}
