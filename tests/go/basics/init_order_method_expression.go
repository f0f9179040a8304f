// Package initialization follows references through method expressions (T.Method2 refers
// to b), so b is initialized before dummy2.
package main

import "fmt"

type T int

func (r T) Method1() int { return a }
func (r T) Method2() int { return b }

var dummy1 = T(0).Method1()
var dummy2 = T.Method2(0)

var a = identity(1)
var b = identity(2)

func identity(a int) int { return a }

func main() {
	fmt.Println(dummy1, dummy2)
}
