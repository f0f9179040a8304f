// gc's evaluation order (cmd/compile/internal/walk/order.go): calls, receives, builtins,
// slices, assertions and && / || first, left to right; other operands read afterwards.
package main

import "fmt"

var x = 1

func f() bool { x = 10; return true }

func main() {
	a := true
	fmt.Println(x, a && f())
	x = 1
	fmt.Println(x, a || f())
	x = 1
	b := x == 1 && f()
	fmt.Println(b, x)
	x = 1
	fmt.Println(x == 1 && f(), x)
	x = 1
	if x == 1 && f() {
		fmt.Println("yes", x)
	}
	x = 1
	s := []int{x, 0}
	fmt.Println(s[0] == 1 || f(), x)
}
