// Tests type assertions: comma-ok forms, asserting to interfaces, and the recovered panic text of a failed assertion.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type T struct{ v int }

func (t T) String() string { return fmt.Sprint("T", t.v) }

type I interface{ M() }

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if err, ok := r.(error); ok {
			fmt.Println("  is error:", err.Error())
		}
	}()
	f()
}

func main() {
	var x interface{} = "hello"
	s, ok := x.(string)
	fmt.Println(s, ok)
	n, ok := x.(int)
	fmt.Println(n, ok)
	var y interface{} = T{5}
	if st, ok := y.(Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	_, ok = y.(error)
	fmt.Println("error?", ok)
	t := y.(T)
	fmt.Println(t.v)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println("nil iface assert ok:", ok)
	try(func() { _ = x.(int) })
	try(func() { _ = y.(I) })
	try(func() { _ = nothing.(string) })
	try(func() { var e error = errors.New("x"); _ = e.(Stringer) })
	try(func() { _ = y.(*T) })
}
