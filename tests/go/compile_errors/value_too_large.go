// errorcheck
// goroscope keeps every array element in an 8-byte slot; values past 128 MiB of slots get a
// clear error where Go would run (arrays of that size are rare outside tests).
package main

import "fmt"

var big [64 << 20]byte // ERROR "value too large for goroscope: .*the limit is 16777215"

type BigStruct struct {
	i int
	x [128 << 20]byte
}

var p *BigStruct

func main() {
	fmt.Println(big[0])
	v := *p // ERROR "value too large for goroscope"
	_ = v
}
