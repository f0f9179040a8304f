// exit: 3
// Tests that os.Exit terminates immediately without running deferred calls.
package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("cleanup (must not print)") }

func main() {
	defer cleanup()
	func() {
		defer fmt.Println("inner defer runs normally")
	}()
	fmt.Println("exiting with 3")
	os.Exit(3)
}
