// exit: 2
// stderr: ^panic: first$
// stderr: ^	panic: second \[recovered\]$
// stderr: ^	panic: again second$
// stderr: ^	panic: stringer S$
// stderr: ^	panic: main.MyInt\(7\)$
// Tests the report of a panic chain: every value printed like Go (Error and String methods
// run, named basic types as T(v)), recovered ones marked.
package main

import (
	"errors"
	"fmt"
)

type MyInt int
type S struct{}

func (S) String() string { return "stringer S" }

func main() {
	defer func() { panic(MyInt(7)) }()
	defer func() { panic(S{}) }()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("again ", r))
	}()
	defer func() { panic("second") }()
	panic(errors.New("first"))
}
