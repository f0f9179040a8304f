// gc's evaluation order (cmd/compile/internal/walk/order.go): calls, receives, builtins,
// slices, assertions and && / || first, left to right; other operands read afterwards.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }

var x = 1

func f() int { x += 10; return 0 }

var s = []int{1, 2, 3}

func g() int { s[0] = 100; return 0 }

var m = map[string]int{"k": 1}

func h() int { m["k"] = 50; return 0 }

var p = new(int)

func q() int { *p = 7; return 0 }

var i = 0

func j() int { i = 2; return 0 }

var str = "ab"

func k() int { str = "abcdef"; return 0 }

func main() {
	c := &counter{}
	inc := c.inc
	inc()
	inc()
	fmt.Println(c.n, inc())
	fmt.Println(x+f(), x)
	fmt.Println(s[0]+g(), s[0])
	fmt.Println(m["k"]+h(), m["k"])
	fmt.Println(*p+q(), *p)
	fmt.Println(s[i]+j(), i)
	fmt.Println(len(str)+k(), len(str))
	y := 1
	add := func() int { y += 5; return y }
	fmt.Println(y, add(), y)
	arr := [3]int{1, 2, 3}
	mod := func() int { arr[1] = 9; return 0 }
	fmt.Println(arr[1], mod(), arr)
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	z := 5
	fmt.Println(z, <-ch, func() int { z = 6; return z }(), <-ch)
	type S struct{ a, b int }
	v := S{1, 2}
	mv := func() int { v.a = 3; return 0 }
	fmt.Println(v.a, mv(), v)
	w := 1
	fmt.Println(w+w*func() int { w = 10; return 1 }(), w)
}
