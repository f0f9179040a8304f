// exit: 2
// stderr: ^panic: main\.State\("broken"\)$
// Tests panic with values of named non-error types: the runtime prints the type name and value.
package main

import "fmt"

type State string

func main() {
	s := State("broken")
	fmt.Println("state:", s)
	panic(s)
}
