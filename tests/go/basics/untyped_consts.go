// Tests untyped constant arithmetic: huge intermediate values, float and rune constants, default types.
package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Third = 1 / 3.0
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0
const R = 'a' + 1
const Huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(1<<62, Small, IntDiv, FloatDiv)
	fmt.Println(Third)
	fmt.Println(R, string(rune(R)))
	fmt.Printf("%T %T %T %T\n", IntDiv, FloatDiv, R, "s")
	fmt.Println(Huge)
	var f32 float32 = Third
	fmt.Println(f32)
	const c = 10
	var i8 int8 = c * 12
	fmt.Println(i8)
	var u uint64 = 1<<64 - 1
	fmt.Println(u)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64))
	const mixed = 'x' * 2.5
	fmt.Printf("%v %T\n", mixed, mixed)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	var n int = 3.0
	fmt.Println(n, Big/Big, Big%7)
}
