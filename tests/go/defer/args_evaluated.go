// Tests that deferred call arguments and receivers are evaluated at the defer statement, while closures see later values.
package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value receiver:", t.name) }
func (t *T) ShowP() { fmt.Println("pointer receiver:", t.name) }

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
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	defer func(v int) { fmt.Println("param v =", v) }(x * 10)
	x = 2
	t := T{"before"}
	defer t.Show()
	defer t.ShowP()
	t.name = "after"
	nested()
	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s)
	s[0] = 100
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	x = 3
}
