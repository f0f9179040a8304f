// Found while reducing fixedbugs/issue34395.go.
// A composite literal of an array whose length is a multiple of 65536, or of a struct
// whose total size is >= 65536 bytes (elements), silently loses its elements: the value
// stays all zero. [65537]byte{42} and [98304]byte{42} work; [65536], [131072], [196608]
// do not; struct{ a [65534]byte; b int } works, [65535]byte does not.
// Go prints:        65536 42 43 9
//                   5
//                   a
// goroscope:        65536 0 0 0
//                   0
//                   (empty line)

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
