// exit: 2
// stderr: ^panic: \(\[\]string\) 0x[0-9a-f]+ \[recovered\]$
// Generics (a program written to find divergences from Go): panic custom.
package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code(%d)", int(c)) }

type Pt[T any] struct{ X, Y T }

func Boom[T any](v T) { panic(v) }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
			defer func() {
				fmt.Printf("%v\n", recover())
				Boom(Pt[int]{1, 2})
			}()
			Boom(3.5)
		}()
		Boom(Code(7))
	}()
	Boom([]string{"x"})
}
