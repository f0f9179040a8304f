// Tests bitwise operators &, |, ^, &^, unary ^ and shifts on signed and unsigned types.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	var u uint8 = 0b10110000
	fmt.Println(^u, u>>4, u<<1, u&^0xF0)
	var i int8 = -1
	fmt.Println(^i, i>>3, i<<3, uint8(i)>>3)
	x := uint32(0xDEADBEEF)
	fmt.Printf("%x %x %x\n", x>>16, x&0xFFFF, x<<8)
	pop := 0
	for v := x; v != 0; v &= v - 1 {
		pop++
	}
	fmt.Println("popcount", pop)
	flags := 0
	flags |= 1 << 3
	flags |= 1 << 0
	flags ^= 1 << 5
	flags &^= 1 << 0
	fmt.Printf("%b %d\n", flags, flags)
	var n int64 = -1 << 40
	fmt.Println(n, n>>38, uint64(n)>>60)
	shift := 3
	fmt.Println(1<<shift, 1024>>shift, -1024>>shift)
}
