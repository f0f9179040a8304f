// Tests block scoping, := redeclaration rules and shadowing in nested blocks.
package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	a, err := get(2)
	b, err := get(-1)
	fmt.Println(a, b, err)
	var res int
	if true {
		res, err := get(5)
		fmt.Println("inner", res, err)
	}
	fmt.Println("outer res", res)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop x", x)
	}
	f := func() string { return x }
	x = "changed"
	fmt.Println(f())
	switch x := 3; {
	case x > 2:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)
}
