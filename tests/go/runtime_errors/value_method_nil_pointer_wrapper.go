// A value method called through an interface holding a nil *T: Go's pointer wrapper panics
// with "value method main.T.F called using nil *T pointer".
package main

import "fmt"

type T int

func (t T) F() {}

type I interface{ F() }

var (
	t *T
	i I = t
)

func main() {
	defer func() { fmt.Println(recover()) }()
	i.F()
}
