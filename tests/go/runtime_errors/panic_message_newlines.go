// exit: 2
// stderr: ^panic: line one$
// stderr: ^\tline two$
// stderr: ^\tpanic: second$
// stderr: ^\terror line$
// A panic message with newlines: Go indents every line after the first with a tab (for
// strings and error values alike).
package main

import "errors"

func main() {
	defer func() {
		panic(errors.New("second\nerror line"))
	}()
	panic("line one\nline two\n")
}
