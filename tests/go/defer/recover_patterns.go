// Tests defer/recover patterns: named results modification, recover returning errors, re-panic.
package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (p ParseError) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func parse(lines []string) (n int, err error) {
	defer func() {
		r := recover()
		if pe, ok := r.(ParseError); ok {
			err = pe
			return
		}
		if r != nil {
			panic(r)
		}
	}()
	for i, l := range lines {
		if l == "" {
			panic(ParseError{i + 1, "empty"})
		}
		n++
	}
	return n, nil
}

func counter() (c int) {
	defer func() { c *= 2 }()
	defer func() { c += 3 }()
	return 1
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 42
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(parse([]string{"a", "b"}))
	n, err := parse([]string{"a", "", "c"})
	var pe ParseError
	fmt.Println(n, err, errors.As(err, &pe), pe.Line)
	fmt.Println(counter())
	deferArgs()
	func() {
		defer func() {
			fmt.Println("outer recovered:", recover())
		}()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprint("again: ", r))
			}()
			panic("first")
		}()
	}()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Println("end of main")
}
