// exit: 2
// stderr: ^panic: panic called with nil argument$
// panic(nil) is a *runtime.PanicNilError (Go 1.21+).
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v (%T)\n", r, r)
		}()
		panic(nil)
	}()
	panic(nil)
}
