// Tests conversions of boundary values between every integer size, float truncation and verb formatting.
package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 2147483647, 2147483648, -2147483649, 4294967295, 4294967296, 1<<63 - 1, -1 << 63}
	for _, v := range vals {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v), int(v), uint(v), uintptr(v))
	}
	fs := []float64{0.9, -0.9, 1.5, -1.5, 255.99, 1e10, -1e10, 3e9}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(int64(f)), uint8(int(f)), float32(f))
	}
	var u uint32 = 1 << 31
	fmt.Println(int32(u), int64(int32(u)), uint64(int32(u)), float64(u), float32(u))
	var r rune = -1
	fmt.Println(string(r) == "\uFFFD", byte(r), uint16(r))
	var b byte = 200
	fmt.Println(int8(b), rune(b), string(rune(b)), b<<1, b>>1, int(b)<<1)
	var i16 int16 = -300
	fmt.Println(uint8(i16), int8(i16), uint32(i16), i16>>2, i16/7, i16%7, uint16(i16)>>2)
	x := 0x7fffffff
	var i32 int32 = int32(x)
	i32++
	fmt.Println(i32, -i32, i32/-1)
	var mn int64 = -1 << 63
	fmt.Println(mn/-1, mn%-1, -mn)
	fmt.Printf("%x %X %o %b %#x %#o %O\n", uint16(0xbeef), int8(-5), 8, int8(-3), 255, 8, 8)
	fmt.Printf("%08b %3d|%-4d|%+d %x\n", uint8(5), 7, 7, 7, -255)
}
