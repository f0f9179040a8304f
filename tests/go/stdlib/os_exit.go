// exit: 3
// Tests os.Exit with a non-zero status: output written before exiting is kept.
package main

import (
	"fmt"
	"os"
)

func run() int {
	fmt.Println("doing work")
	if len(os.Args) < 5 {
		fmt.Println("not enough arguments")
		return 3
	}
	return 0
}

func main() {
	code := run()
	fmt.Println("exiting with", code)
	os.Exit(code)
}
