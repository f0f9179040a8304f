// Tests what a defer statement evaluates immediately: function value, receiver, arguments; closures see later changes.
package main

import "fmt"

type T struct{ name string }

func (t T) ValName()  { fmt.Println("value receiver:", t.name) }
func (t *T) PtrName() { fmt.Println("pointer receiver:", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	t := T{"first"}
	defer t.ValName()
	defer t.PtrName()
	p := &t
	defer p.ValName()
	t.name = "second"
	x := 10
	defer fmt.Println("x at defer:", x)
	defer func(v int) { fmt.Println("param:", v, "captured:", x) }(x)
	x = 20
	nested()
	arr := [3]int{1, 2, 3}
	defer fmt.Println("array copy:", arr)
	sl := arr[:]
	defer fmt.Println("slice view:", sl)
	arr[0] = 100
	for i := 0; i < 2; i++ {
		i := i
		defer func() { fmt.Println("loop closure i:", i) }()
	}
	var m = map[string]int{"a": 1}
	defer fmt.Println("map:", m)
	m["b"] = 2
}
