// Tests shift semantics: over-width shifts, signed shift counts, arithmetic right shift, bit tricks (popcount, reverse, power of two).
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func main() {
	var i8 int8 = 1
	var sh uint = 8
	fmt.Println(i8<<sh, i8<<7, int8(-128)>>sh, int8(-1)>>100)
	n := 3
	fmt.Println(1<<n, -16>>n, uint32(1)<<31, uint32(1)<<n<<29)
	var u uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println(u>>63, u<<63, u>>64+0, int64(u)>>70)
	for _, v := range []uint64{0, 1, 255, 1 << 40, 0xdeadbeef, u} {
		fmt.Print(popcount(v), " ")
	}
	fmt.Println()
	fmt.Println(reverseBits(1), reverseBits(0xF0), reverseBits(0b10110000))
	for _, v := range []int{0, 1, 2, 3, 64, 96, 1024} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	x := 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b\n", x&-x, x&(x-1), x|(x+1), x^(x>>1))
	var mask uint16 = 0
	for _, bit := range []uint{1, 3, 15} {
		mask |= 1 << bit
	}
	fmt.Printf("%016b %d %x\n", mask, mask, ^mask)
	a, b := 12, 10
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
	var i32 int32 = -1
	fmt.Println(uint32(i32)>>28, i32>>28, uint8(i32), uint64(i32))
	fmt.Println(7&^5, -7&5, -7|5, -7^5, ^0)
	const c = 1 << 62
	fmt.Println(c>>60, uint64(c)<<1)
}
