// exit: 2
// stderr: ^panic: code 42$
// Tests panicking with a custom error type prints its Error() text.
package main

import "fmt"

type E struct{ Code int }

func (e *E) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	fmt.Println("before")
	var err error = &E{42}
	panic(err)
}
