// Tests iota with skips, typed flag constants, paired iota lines and untyped constant extremes (1<<62, 1<<100, float constants).
package main

import "fmt"

type Flag uint8

const (
	F0 Flag = 1 << iota
	F1
	_
	F3
	F4 = F3 | F1
	F5
	F6 = iota * 10
	F7
)

const (
	a, b = iota, iota * 2
	c, d
	_, _
	e, f = iota + 100, -iota
)

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	Big   = 1 << 62
	Huger = Big * 4
	Back  = Huger >> 3
	FC    = 1e300 * 1e300 / 1e300
	Third = 1.0 / 3
	IDiv  = 7 / 2
	FDiv  = 7 / 2.0
	MaxU  = ^uint64(0)
	Neg   = -1 << 63
	Rune  = 'a' + 1
	Str   = "x" + "y"
	Shift = 1.0 << 3
)

func (f Flag) String() string { return fmt.Sprintf("Flag(%d)", uint8(f)) }

func main() {
	fmt.Println(F0, F1, F3, F4, F5, F6, F7)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Big, Back, FC, Third, IDiv, FDiv, MaxU, Neg, Rune, Str, Shift)
	fmt.Printf("%T %T %T %T %T\n", Rune, Third, IDiv, Shift, Back)
	var x float32 = Third
	var y float64 = Third
	fmt.Println(x, y, float64(x) == y)
	const h = Huger / Big
	fmt.Println(h)
	var u8 uint8 = 255
	u8 += 1
	var i8 int8 = -128
	i8--
	fmt.Println(u8, i8, -i8)
	const big = 1 << 100
	fmt.Println(big>>98, big/(1<<99))
	fmt.Println(1e6, 1e21, 1e20, 123456789.0, 0.1+0.2, float32(0.1), 1/3.0)
}
