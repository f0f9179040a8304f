// A function that recovers from a panic returns zero for its unnamed results.
package main

import "fmt"

func f() int {
	defer func() { recover() }()
	panic("oops")
}

func g() int { return 12345 }

func main() {
	g()
	x := f()
	fmt.Println(x)
}
