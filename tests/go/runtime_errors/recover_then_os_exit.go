// exit: 4
// Tests recovering a runtime error and exiting with a custom status via os.Exit.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			os.Exit(4)
		}
	}()
	var a []string
	fmt.Println(a[0])
}
