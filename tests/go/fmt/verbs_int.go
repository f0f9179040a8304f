// Tests integer verbs: %d %b %o %O %x %X %#x %c %q %U with signs, widths and zero padding.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%#x|%#X|%#o\n", n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%b|%o|%x|%X|%#x\n", m, m, m, m, m, m)
	fmt.Printf("|%5d|%-5d|%05d|%+d|%+d|% d|% d|\n", 42, 42, 42, 42, -42, 42, -42)
	fmt.Printf("|%8b|%08b|%-8x|%08X|\n", 5, 5, 255, 255)
	fmt.Printf("%x %X %x\n", uint64(1<<63), int64(-1<<63), uint8(7))
	fmt.Printf("%c %c %c %q %q %U %#U\n", 65, 0x4e16, 'é', 'x', '\n', 0x1F600, 'é')
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%d %d %d\n", []int{1, 2}, [2]int8{-1, 1}, map[string]int{"k": 3})
	fmt.Printf("%x %X\n", []int{10, 11, 255}, []uint{4096})
	fmt.Printf("%.3d|%6.3d|%-6.3d|%+.2d\n", 7, 7, 7, 7)
	fmt.Printf("%d %v\n", uint64(18446744073709551615), int8(-128))
	fmt.Printf("%010d|%-010d|%+010d\n", -123, -123, 123)
	fmt.Printf("%#b %#o %#x\n", 5, 8, 0)
}
