// Generics (a program written to find divergences from Go): conv overflow.
package main

import (
	"fmt"
	"math"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Number interface {
	Integer | ~float32 | ~float64
}

func Shift[T Integer]() T { return T(1) << 62 }

func ShiftN[T Integer](n int) T { return T(1) << n }

func MaxVal[T Integer]() T {
	var z T
	return ^z
}

func AddWrap[T Integer](a, b T) T { return a + b }
func MulWrap[T Integer](a, b T) T { return a * b }
func Neg[T Number](a T) T          { return -a }

func ToFloat[T Number](x T) float64 { return float64(x) }
func FromFloat[T Number](f float64) T { return T(f) }

func Avg[T Number](xs ...T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func Div[T Number](a, b T) T { return a / b }
func Mod[T Integer](a, b T) T { return a % b }

func Conv[To, From Number](x From) To { return To(x) }

func Bits[T Integer]() int {
	var x T = 1
	n := 0
	for x != 0 {
		x <<= 1
		n++
	}
	return n
}

func Signed[T Integer]() bool {
	var z T
	return z-1 < 0
}

type MyU8 uint8
type MyF float32

func main() {
	fmt.Println(Shift[int](), Shift[int64](), Shift[uint64](), Shift[int32](), Shift[uint8](), Shift[int8]())
	fmt.Println(ShiftN[int8](7), ShiftN[uint16](15), ShiftN[int](63), ShiftN[uint32](40))
	fmt.Println(MaxVal[uint8](), MaxVal[uint16](), MaxVal[uint32](), MaxVal[uint64](), MaxVal[int](), MaxVal[MyU8]())
	fmt.Println(AddWrap[int8](127, 1), AddWrap[uint8](255, 2), AddWrap(int16(32767), 1), AddWrap[int64](math.MaxInt64, 1))
	fmt.Println(MulWrap[int32](1<<20, 1<<12), MulWrap[uint32](1<<20, 1<<12), MulWrap(uint64(1)<<63, 2))
	fmt.Println(Neg[int8](-128), Neg(MyF(2.5)), Neg[uint8](1), Neg(0.0))
	fmt.Println(ToFloat(int8(-5)), ToFloat(uint64(1)<<63), ToFloat(MyF(0.1)), ToFloat(float32(16777217)))
	fmt.Println(FromFloat[int](3.99), FromFloat[int](-3.99), FromFloat[float32](0.1), FromFloat[MyU8](200.5))
	fmt.Println(Avg(1, 2), Avg[uint8](200, 100), Avg(1.5, 2.5, 3.5))
	fmt.Println(Div(7, 2), Div(-7, 2), Div(7.0, 2), Div[uint8](255, 16), Mod(-7, 3), Mod[uint](7, 3))
	fmt.Println(Div[int8](-128, -1), Mod[int8](-128, -1))
	fmt.Println(Conv[int8](300), Conv[uint8](int16(-1)), Conv[int32](uint32(math.MaxUint32)), Conv[float32](int64(1)<<40))
	fmt.Println(Conv[uint16](int64(-70000)), Conv[int](float32(1e9)), Conv[float64](MyU8(7)))
	fmt.Println(Bits[int8](), Bits[uint16](), Bits[int32](), Bits[uint](), Bits[MyU8]())
	fmt.Println(Signed[int](), Signed[uint](), Signed[MyU8](), Signed[int8]())
	var f32 float32 = 1e38
	fmt.Println(MulWrap2(f32, 10), MulWrap2(1e308, 10.0), MulWrap2(math.Inf(1), 0))
	fmt.Println(Div(1.0, 0.0), Div(float32(-1), 0), math.IsNaN(Div(0.0, 0.0)))
}

func MulWrap2[T ~float32 | ~float64](a, b T) T { return a * b }
