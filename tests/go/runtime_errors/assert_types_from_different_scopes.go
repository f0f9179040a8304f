// A failed type assertion between two local types of one name says "(types from different
// scopes)", as Go does.
package main

import "fmt"

var X interface{}

func F1() {
	type T struct{}
	X = T{}
}

func F2() {
	type T struct{}
	defer func() { fmt.Println(recover()) }()
	_ = X.(T)
}

func main() {
	F1()
	F2()
}
