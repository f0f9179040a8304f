// exit: 2
// stderr: ^panic: x$
// Tests a panic with errors.New.
package main

import "errors"

func main() {
	panic(errors.New("x"))
}
