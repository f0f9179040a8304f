// exit: 3
// Tests os.Exit in a deferred call overrides a panic and skips outer defers.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred not run")
	fmt.Println("exiting 3")
	func() {
		defer os.Exit(3)
		panic("overridden by exit")
	}()
}
