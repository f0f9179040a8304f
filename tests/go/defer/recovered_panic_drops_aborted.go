// exit: 2
// stderr: ^panic: final$
// The first panic's deferred call panics again; recovering that second panic also ends the
// first (it was aborted), so only "final" is reported, as in Go.
package main

import "fmt"

func inner() {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	inner()
	panic("final")
}
