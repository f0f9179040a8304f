// gc's evaluation order (cmd/compile/internal/walk/order.go): calls, receives, builtins,
// slices, assertions and && / || first, left to right; other operands read afterwards.
package main

import "fmt"

var i = 0
var x = 1
var a = []int{0, 0, 0}

func f() int { i = 1; x = 100; return 5 }

type T struct{ v int }

func (t T) get() int { return t.v }

var tv = T{1}

func g() int { tv.v = 50; return 0 }

var fn = func(a int) int { return a + 1 }

func h() int { fn = func(a int) int { return a + 1000 }; return 0 }

func main() {
	a[i] = f()
	fmt.Println(a, i)
	i = 0
	x = 1
	x += f()
	fmt.Println(x)
	i = 0
	a = []int{0, 0, 0}
	a[i] += f()
	fmt.Println(a)
	fmt.Println(tv.get() + g())
	tv.v = 1
	fmt.Println(tv.get(), g())
	fmt.Println(fn(h()))
	m := map[int]int{}
	i = 0
	m[i] = f()
	fmt.Println(m)
	i = 0
	var p *int = &x
	x = 1
	*p, i = f(), i
	fmt.Println(x, i)
}
