// Tests variable shadowing in if/else chains, switch, for, closures, := with mixed new/old variables.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	return n, nil
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
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else-if", x, y)
	} else {
		fmt.Println("else", x, y)
	}
	var err error
	n := 0
	if n, err := parse("42"); err == nil {
		fmt.Println("inner n", n)
	}
	fmt.Println("outer n", n, err)
	n, err = parse("x")
	fmt.Println(n, err != nil)
	a, err := parse("7")
	fmt.Println(a, err)
	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	switch x := 3; x {
	case 3:
		x := "str"
		fmt.Println("case", x)
	}
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	err = errors.New("outer")
	func() {
		err := errors.New("inner")
		_ = err
	}()
	fmt.Println(err)
	true := false
	fmt.Println(true)
	type int = string
	var s int = "alias"
	fmt.Println(s)
}
