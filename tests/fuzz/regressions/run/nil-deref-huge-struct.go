// Original test: nilptr2.go ({"*bigstructp", func() { use(*bigstructp) }}).
// Dereferencing a nil pointer to a very large struct must panic with the (recoverable)
// nil pointer dereference; goroscope instead dies with a fatal stack overflow, as if
// it reserved the value before checking the pointer. With a 1 MiB array it is right.
// Go prints:        recovered: runtime error: invalid memory address or nil pointer dereference
// goroscope:        runtime: goroutine stack exceeds 268435456-byte limit
//                   fatal error: stack overflow   (exit 2)

package main

import "fmt"

type BigStruct struct {
	i int
	x [128 << 20]byte
}

var bigstructp *BigStruct
var V interface{}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	V = *bigstructp
}
