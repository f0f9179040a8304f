// A blank identifier in a parallel assignment (it once crashed the compiler).
package main

import "fmt"

func main() {
	var x int
	x, _ = 3, 4
	fmt.Println(x)
}
