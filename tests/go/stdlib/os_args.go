// Tests os.Args: the program name is present and no extra arguments are passed.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[0]) > 0)
	fmt.Println(os.Args[1:])
}
