// Generics (a program written to find divergences from Go): iface embed generic.
package main

import "fmt"

type Inner[T any] interface{ Get() T }

type Outer[T any] interface {
	Inner[T]
	Name() string
}

type X int

func (x X) Get() int      { return int(x) }
func (x X) Name() string  { return "x" }

func main() {
	var o Outer[int] = X(3)
	fmt.Println(o.Get(), o.Name())
}
