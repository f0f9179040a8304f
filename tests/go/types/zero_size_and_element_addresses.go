// Addresses as %p shows them: every zero-size variable shares one address in Go
// (runtime.zerobase), and consecutive array elements are unsafe.Sizeof(elem) bytes
// apart. Listed in KNOWN_FAILURES: goroscope's addresses are deterministic numbers with
// an 8-byte slot stride, and zero-size globals get their own (from Go's test/zerosize.go
// and test/fixedbugs/bug260.go).
package main

import (
	"fmt"
	"strconv"
)

var x, y [0]int
var p, q = new([0]int), new([0]int)

func addr(v any) uint64 {
	a, _ := strconv.ParseUint(fmt.Sprintf("%p", v)[2:], 16, 64)
	return a
}

func main() {
	fmt.Println(p == q, &x == p, &y == p)
	var b1 [10]uint8
	var b2 [10]uint16
	fmt.Println("uint8 stride", addr(&b1[1])-addr(&b1[0]))
	fmt.Println("uint16 stride", addr(&b2[1])-addr(&b2[0]))
}
