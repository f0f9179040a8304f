// gc's evaluation order (cmd/compile/internal/walk/order.go): calls, receives, builtins,
// slices, assertions and && / || first, left to right; other operands read afterwards.
package main

import "fmt"

var x = 1
var sl = []int{1}
var str = "ab"

func f() int { x = 10; sl = append(sl, 5, 6); str = "abcdef"; return 0 }

type T struct{ a, b int }

func main() {
	fmt.Println(len(sl)+f(), len(sl))
	x = 1
	fmt.Println(cap(sl[:1])+f(), 0)
	x = 1
	fmt.Println(str[0]+byte(f()), str)
	x = 1
	fmt.Println(float64(x)+float64(f()), x)
	x = 1
	fmt.Println(x*2+f(), x)
	x = 1
	fmt.Println(-x+f(), x)
	x = 1
	fmt.Println(x == f(), x)
	x = 1
	fmt.Println(T{x, f()})
	x = 1
	fmt.Println([]int{x, f()})
	x = 1
	fmt.Println(map[int]int{x: f()})
	x = 1
	a := x + f()
	fmt.Println(a)
	x = 1
	var b, c = x, f()
	fmt.Println(b, c)
	x = 1
	d := []int{0, 0}
	d[0], d[1] = x, f()
	fmt.Println(d)
	x = 1
	fmt.Println(x, f()+x)
	x = 1
	str = "ab"
	fmt.Println(len(str)+f(), len(str))
	x = 1
	str = "ab"
	fmt.Println(str+string(rune('0'+f())), str)
	x = 1
	fmt.Println(interface{}(x), f())
	x = 1
	y := &x
	fmt.Println(*y+f())
	x = 1
	fmt.Println(func() int { return x }()+f(), x)
}
