// exit: 2
// stderr: ^panic: wrapped: inner \[recovered\]$
// Generics (a program written to find divergences from Go): panic value.
package main

import "fmt"

type ID int

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Fail[T any](v T) {
	panic(v)
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v %T\n", r, r)
		Fail(ID(3))
	}()
	fmt.Println(Must(1, nil))
	Must("", fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
}
