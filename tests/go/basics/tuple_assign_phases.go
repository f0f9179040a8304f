// Multi-value assignments: left index and pointer operands first, then the right side; stores last.
package main

import (
	"fmt"
	"strconv"
)

var trace []string

func t(s string) { trace = append(trace, s) }
func flush() {
	fmt.Println(trace)
	trace = nil
}

var a [4]byte

func f() *byte  { t("f"); return &a[0] }
func k() string { t("f"); return "abc" }
func g() *error { t("g"); var e error; return &e }
func h() string { t("h"); return "123" }
func mk() int   { t("m"); return 10 }
func ch() chan byte {
	t("c")
	c := make(chan byte, 1)
	c <- 'C'
	return c
}
func e() any { t("e"); return byte('E') }

func fp() (*int, int) { return nil, 42 }

func main() {
	m := map[string]int{}
	m[k()], *g() = strconv.Atoi(h())
	flush()
	fmt.Println(m)

	mb := map[int]byte{10: 'A'}
	var ok bool
	*f(), ok = mb[mk()]
	flush()
	*f(), ok = <-ch()
	flush()
	*f(), ok = e().(byte)
	flush()
	_ = ok

	x := 0
	p := &x
	p, *p = fp()
	fmt.Println(p == nil, x)
}
