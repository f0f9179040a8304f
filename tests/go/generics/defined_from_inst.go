// Generics (a program written to find divergences from Go): defined from inst.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s Stack[T]) Len() int   { return len(s.items) }

type IntStack Stack[int]

func (s *IntStack) PushTwice(x int) {
	(*Stack[int])(s).Push(x)
	(*Stack[int])(s).Push(x)
}

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

type Dir struct {
	Name string
	Kids List[*Dir]
}

func (d *Dir) Count() int {
	n := 1
	for _, k := range d.Kids {
		n += k.Count()
	}
	return n
}

type Env map[string]List[string]

type Expr interface{ Eval(Env) List[string] }

type Lit List[string]

func (l Lit) Eval(Env) List[string] { return List[string](l) }

type Var string

func (v Var) Eval(e Env) List[string] { return e[string(v)] }

type Concat struct{ A, B Expr }

func (c Concat) Eval(e Env) List[string] { return append(c.A.Eval(e), c.B.Eval(e)...) }

func main() {
	var is IntStack
	is.PushTwice(3)
	fmt.Println(Stack[int](is).Len(), is.items)
	fmt.Printf("%T %+v\n", is, is)
	d := &Dir{"root", List[*Dir]{{Name: "a"}, {Name: "b", Kids: List[*Dir]{{Name: "c"}}}}}
	fmt.Println(d.Count(), d.Kids.Len())
	fmt.Printf("%T\n", d.Kids)
	env := Env{"x": {"1", "2"}}
	var e Expr = Concat{Lit{"a"}, Concat{Var("x"), Var("y")}}
	fmt.Println(e.Eval(env), e.Eval(env).Len())
	fmt.Printf("%T\n", e.Eval(env))
}
