// Generics (a program written to find divergences from Go): shadow.
package main

import "fmt"

type Box[T any] struct{ v T }

// "int" here is a type parameter name, not the predeclared int.
func (b Box[int]) Get() int { return b.v }

func Weird[string any](x string) []string { return []string{x, x} }

type Pair[K comparable, V any] struct {
	k K
	v V
}

// receiver type parameter names differ from declaration
func (p Pair[A, B]) Swap() Pair[string, A] { return Pair[string, A]{fmt.Sprint(p.v), p.k} }

func main() {
	fmt.Println(Box[string]{"hello"}.Get())
	fmt.Printf("%T\n", Box[float64]{1}.Get())
	fmt.Println(Weird(3), Weird(true))
	fmt.Printf("%T\n", Weird(3))
	fmt.Printf("%+v\n", Pair[int, []int]{1, []int{2}}.Swap())
}
