// Tests fixed-size integer wrap-around, truncating conversions and shifts.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)

	var u8 uint8 = 255
	u8 += 1
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)

	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println("uint16 65535*2 =", u16)

	var i16 int16 = 300
	i16 *= 200
	fmt.Println("int16 300*200 =", i16)

	var u32 uint32 = 4000000000
	u32 += 500000000
	fmt.Println("uint32 overflow =", u32)

	var i32 int32 = 2147483647
	i32 += 1
	fmt.Println("int32 max+1 =", i32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 max+1 =", i64)

	var u64 uint64 = 0
	u64--
	fmt.Println("uint64 0-1 =", u64)

	big := 1000
	fmt.Println("int8(1000) =", int8(big), "uint8(1000) =", uint8(big))
	neg := -1
	fmt.Println("uint8(-1) =", uint8(neg), "uint16(-1) =", uint16(neg), "uint32(-1) =", uint32(neg))
	u200 := uint8(200)
	fmt.Println("int8(200) via uint8 =", int8(u200))

	var s uint = 70
	one := 1
	fmt.Println("1<<70 =", one<<s, "1<<63 =", one<<63)
	fmt.Println("-8>>1 =", -8>>1, "-1>>10 =", neg>>10)
	var b8 uint8 = 0x81
	fmt.Println("uint8 0x81<<1 =", b8<<1, "0x81>>1 =", b8>>1)
	var sb int8 = -128
	fmt.Println("int8 -128>>7 =", sb>>7, "int8 -128<<1 =", sb<<1)
	var mul int8 = 64
	fmt.Println("int8 64*2 =", mul*2, "-int8(-128) =", -sb)
}
