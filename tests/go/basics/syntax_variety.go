// Tests less common but valid syntax: labeled switch break, numeric literal forms, unicode identifiers, recursive interfaces, blank params.
package main

import "fmt"

const N = 3

var table [N * 2]int
var _ = initTable()

func initTable() bool {
	for i := range table {
		table[i] = i * i
	}
	return true
}

type Expr interface {
	Eval() int
	Simplify() Expr
}

type Lit int
type Add struct{ L, R Expr }

func (l Lit) Eval() int        { return int(l) }
func (l Lit) Simplify() Expr   { return l }
func (a Add) Eval() int        { return a.L.Eval() + a.R.Eval() }
func (a Add) Simplify() Expr {
	l, r := a.L.Simplify(), a.R.Simplify()
	if lv, ok := l.(Lit); ok && lv == 0 {
		return r
	}
	if rv, ok := r.(Lit); ok && rv == 0 {
		return l
	}
	return Add{l, r}
}

type BinOp func(a, b int) (result int)

func ignoreFirst(_ int, x int) int { return x }

func init() { fmt.Println("init 1, table[5] =", table[5]) }
func init() { fmt.Println("init 2") }

func main() {
	π := 3.14159
	größe := 42
	fmt.Println(π, größe)
	fmt.Println(0o17, 017, 0b1010, 0x_FF, 1_000_000, 0x1p-2, 0x1.8p1, 1e3, .5, 5.)
	fmt.Println('\x41', '\101', '\u00e9', '\U0001F600', '\'', "\a\b\f\v" == "\x07\x08\x0c\x0b")
	e := Add{Lit(0), Add{Lit(5), Lit(0)}}
	fmt.Println(e.Eval(), e.Simplify(), fmt.Sprintf("%T", e.Simplify()))
	var op BinOp = func(a, b int) (r int) { r = a * b; return }
	fmt.Println(op(6, 7), ignoreFirst(1, 2))
	x := 5
sw:
	switch {
	case x > 3:
		for i := 0; ; i++ {
			if i == 2 {
				break sw
			}
			fmt.Println("loop", i)
		}
		fmt.Println("unreachable")
	}
	fmt.Println("after labeled switch")
	for i := 0; i < 3; {
		i++
		if i == 2 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	var arr [len("four")]bool
	const size = len(arr)
	fmt.Println(size, len(table), cap(table[:2]))
	type pair struct{ a, b int }
	p := pair{b: 2}
	p.a, p.b = p.b, p.a
	fmt.Println(p)
	fn := func(xs ...string) int { return len(xs) }
	fmt.Println(fn(), fn("a"), fn([]string{"a", "b"}...), fn(nil...))
	{
		x := "inner block"
		fmt.Println(x)
	}
	if f := 2.5; f > 2 {
		fmt.Println("float cond")
	}
	fmt.Println(func() (a, b int) { return 1, 2 }())
}
