// Composite literals of arrays and structs of 65536 slots and more (they once came out all
// zero: the instruction width field had 16 bits).

package main

import "fmt"

type T struct {
	a [65535]byte
	b int
}

func main() {
	x := [65536]byte{42, 43, 65535: 9}
	fmt.Println(len(x), x[0], x[1], x[65535])
	t := T{b: 5}
	fmt.Println(t.b)
	s := [65536]string{"a"}
	fmt.Println(s[0])
}
