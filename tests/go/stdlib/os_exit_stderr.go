// exit: 1
// stderr: ^error: config file missing$
// Tests writing an error message to os.Stderr with fmt.Fprintln and exiting with status 1.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("starting")
	fmt.Fprintln(os.Stderr, "error: config file missing")
	os.Exit(1)
}
