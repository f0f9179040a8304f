// Tests integer overflow wrap-around, shifts and conversions for all sizes.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16 = -i16
	var i32 int32 = math.MaxInt32
	i32 += 10
	var i64 int64 = math.MaxInt64
	i64++
	var u64 uint64 = 1<<64 - 1
	u64 += 2
	fmt.Println(i8, u8, i16, i32, i64, u64)
	a := int32(-7)
	fmt.Println(a/2, a%2, a>>1, uint32(a)>>1, -a/2)
	var x uint8 = 0xF0
	fmt.Println(x<<2, x>>2, ^x, x&^0x30, x|0x0F, x^0xFF)
	var s uint = 70
	fmt.Println(1<<s == 0, uint64(1)<<63, int64(1)<<62)
	big := 300
	fmt.Println(uint8(big), int8(big), int8(-129+0*big), uint16(70000+big*0))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint8(int(f)))
	m := math.MinInt64
	fmt.Println(m/-1 == m, -m == m)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	fmt.Printf("%d %d\n", int16(i8)*300, int8(i16>>8))
	var r rune = 0x10FFFF
	r++
	fmt.Println(r, string(r) == "\uFFFD")
}
