// A deferred call that recovers its own panic leaves the panic already running alone.
package main

import "fmt"

func main() {
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		defer func() {
			defer func() { fmt.Println("inner recovered:", recover()) }()
			panic("from the deferred function")
		}()
		panic("original")
	}()
	fmt.Println("after")
}
