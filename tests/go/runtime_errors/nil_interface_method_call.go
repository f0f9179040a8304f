// exit: 2
// stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Tests calling a method on a nil interface value.
package main

type I interface{ M() }

func main() {
	var i I
	i.M()
}
