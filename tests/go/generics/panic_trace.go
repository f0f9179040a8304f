// exit: 2
// stderr: ^panic: bad pair k$
// Generics (a program written to find divergences from Go): panic trace.
package main

import "fmt"

type Box[T any] struct{ v []T }

func (b Box[T]) At(i int) T { return b.v[i] }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p *Pair[K, V]) Check() {
	func() {
		panic(fmt.Sprintf("bad pair %v", p.k))
	}()
}

func Run[T any](f func() T) T {
	return f()
}

func main() {
	b := Box[string]{[]string{"a"}}
	fmt.Println(b.At(0))
	Run(func() int {
		p := &Pair[string, int]{"k", 1}
		p.Check()
		return 0
	})
}
