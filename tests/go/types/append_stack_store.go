// Go 1.26 gives a slice variable that does not escape a 32-byte stack backing store at its
// first append (cap 32 for []byte, 8 for []int32, 4 for []int, 1 for a 24-byte struct),
// once per call of the function (the second loop iteration gets runtime.growslice's cap),
// and only when the slice is empty and the appended elements fit. A slice that is printed,
// or whose element's address is taken, escapes and grows as runtime.growslice does.
package main

import "fmt"

type P struct{ a, b, c int }

func main() {
	var b []byte
	var i32 []int32
	var i64 []int
	var st []string
	var cb, c32, c64, cs []int
	for i := 0; i < 40; i++ {
		b = append(b, 0)
		i32 = append(i32, 0)
		i64 = append(i64, 0)
		st = append(st, "")
		cb = append(cb, cap(b))
		c32 = append(c32, cap(i32))
		c64 = append(c64, cap(i64))
		cs = append(cs, cap(st))
	}
	fmt.Println(cb)
	fmt.Println(c32)
	fmt.Println(c64)
	fmt.Println(cs)
	s := make([]int, 1)
	s = append(s, 2)
	fmt.Println("make1", cap(s))
	s2 := []int{1, 2, 3}
	s2 = append(s2, 4)
	fmt.Println("lit3", cap(s2))
	var ps []P
	ps = append(ps, P{})
	fmt.Println("P24", cap(ps))
	var e []struct{}
	e = append(e, struct{}{})
	fmt.Println("empty", cap(e))
	var str []string
	str = append(str, "a", "b", "c")
	fmt.Println("str3", cap(str))
	for i := 0; i < 2; i++ {
		var x []int
		x = append(x, i)
		fmt.Println("inloop", cap(x))
	}
	var z []int
	z = append(z, 1)
	z[0]++
	for range z {
	}
	fmt.Println("z", cap(z), len(z), z == nil)
	var m6 []int
	m6 = append(m6, 1)
	m6 = append(m6, 1)
	m6 = append(m6, 1)
	m6 = append(m6, 1)
	m6 = append(m6, 1)
	fmt.Println("m6", cap(m6))
	var t []int
	t = append(t, 1)
	if len(t) > 5 {
		fmt.Println(t)
	}
	fmt.Println("t cond print", cap(t))
	var pp []P
	pp = append(pp, P{})
	q := &pp[0]
	fmt.Println("addr", cap(pp), q.a)
	var sp []int
	sp = append(sp, 1)
	fmt.Println("printed", cap(sp), sp)
}
