// Tests type-checker corner cases that Go accepts: untyped constant shifts/conversions, local recursive types, tag-ignoring conversions.
package main

import (
	"fmt"
	"math"
)

type A struct {
	X int `json:"x"`
}
type B struct {
	X int `yaml:"x"`
}

const huge = 1e400 / 1e300
const r = 'a' + 1
const shifted = 1 << 10 >> 3

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func adder() func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return a + b }
	}
}

type secret interface{ hidden() int }
type impl struct{}

func (impl) hidden() int { return 7 }

func main() {
	var f float64 = 1 << 3
	x := 1 << 3.0
	var s uint = 2
	var i64 int64 = 1 << s
	fmt.Println(f, x, i64, huge, r, string(rune(r)), shifted)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt8, -math.MaxInt64-1)
	type node struct {
		val  int
		next *node
	}
	list := &node{1, &node{2, &node{3, nil}}}
	for n := list; n != nil; n = n.next {
		fmt.Print(n.val)
	}
	fmt.Println()
	a := A{5}
	b := B(a)
	fmt.Println(b, A(b) == a)
	fmt.Println(CToF(100), CToF(-40), Celsius(37.5))
	fmt.Printf("%.1f %T\n", CToF(0), CToF(0))
	fmt.Println(adder()(3)(4))
	var sc secret = impl{}
	fmt.Println(sc.hidden())
	var fn func() = nil
	var m map[string]int = nil
	var e interface{} = nil
	fmt.Println(fn == nil, m == nil, e == nil)
	const typed int8 = 100
	var y = typed / 3 * 2
	fmt.Printf("%T %v\n", y, y)
	var mixed = 'x' * 2.0
	fmt.Printf("%T %v\n", mixed, mixed)
	var ff = 3 / 2 * 2.0
	var gg = 3.0 / 2 * 2
	fmt.Println(ff, gg, 7/2, 7/2.0, 7.0/2)
	arr := [...]int{5: 0}
	const n = len(arr) * 2
	var arr2 [n]byte
	fmt.Println(len(arr), len(arr2))
	var u8 uint8 = 255
	var sum = u8 + 1
	fmt.Println(sum, u8+1 == 0)
	fmt.Println(len("héllo"), len([]rune("héllo")), "héllo"[1])
}
