// Tests package-level variable initialization in dependency order, not declaration order.
package main

import "fmt"

var trace []string

var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d = g()
var total = sum(a, b, c, d)

func f(name string, v int) int {
	trace = append(trace, name)
	return v * 10
}

func g() int {
	trace = append(trace, "d")
	return a * 2
}

func sum(xs ...int) int {
	trace = append(trace, "total")
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var x, y = pair()

func pair() (int, int) {
	trace = append(trace, "pair")
	return 7, 8
}

var msg = fmt.Sprintf("a=%d b=%d c=%d d=%d", a, b, c, d)

func main() {
	fmt.Println(trace)
	fmt.Println(msg, "total =", total, "x,y =", x, y)
}
