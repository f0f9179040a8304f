// Tests %#v Go-syntax formatting of many kinds of values.
package main

import (
	"fmt"
	"time"
)

type P struct {
	X, Y int
}
type W struct {
	Name string
	Ps   []P
	M    map[string]P
	Ptr  *P
	Any  interface{}
	F    float64
	B    []byte
	D    time.Duration
	u    uint8
	Arr  [2]bool
}
type MyInt int
type MySlice []string
type MyMap map[int]bool

func main() {
	w := W{Name: "w", Ps: []P{{1, 2}, {3, 4}}, M: map[string]P{"k": {5, 6}}, Any: 3, F: 1.0, B: []byte("hi"), D: 1500 * time.Millisecond, u: 9}
	fmt.Printf("%#v\n", w.Ps)
	fmt.Printf("%#v\n", w.M)
	fmt.Printf("%#v\n", w.Ptr)
	fmt.Printf("%#v %#v %#v %#v\n", w.Any, w.F, w.B, w.D)
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true, P{}})
	fmt.Printf("%#v %#v %#v\n", MyInt(4), MySlice{"a"}, MyMap{1: true})
	fmt.Printf("%#v %#v\n", MySlice(nil), []int(nil))
	fmt.Printf("%#v %#v\n", map[string]int(nil), (*P)(nil))
	fmt.Printf("%#v\n", struct{ A, b int }{1, 2})
	fmt.Printf("%#v %#v %#v\n", "q\"s", 'x', uint(7))
	fmt.Printf("%#v %#v\n", 1e6, 1e-9)
	fmt.Printf("%#v\n", [2]bool{true})
	var e interface{}
	fmt.Printf("%#v\n", e)
	fmt.Printf("%v\n", w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%#x %#X %#o %#b\n", 255, 255, 8, 5)
	fmt.Printf("%#q %#U\n", "back`tick", 'a')
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%-*d|%*d|\n", 5, 1, -5, 2)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%!\n")
	fmt.Printf("%z %d\n", 1, 2)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
}
