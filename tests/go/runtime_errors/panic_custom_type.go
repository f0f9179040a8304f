// exit: 2
// stderr: ^panic: query failed \(code 503\)$
// Tests panic values of a custom error type (prints Error()) and checks the exit status.
package main

import "fmt"

type QueryError struct {
	Code int
}

func (e QueryError) Error() string { return fmt.Sprintf("query failed (code %d)", e.Code) }

func main() {
	var err error = QueryError{503}
	fmt.Println(err)
	panic(err)
}
