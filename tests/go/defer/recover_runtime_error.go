// Tests recovering runtime errors and printing them; the recovered value implements runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRT)
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("negative index", func() { j := -1; _ = s[j] })
	try("slice high", func() { _ = s[:i] })
	try("slice inverted", func() { lo := 3; hi := 2; _ = s[lo:hi] })
	try("slice3", func() { _ = s[0:2:i] })
	str := "abc"
	try("string index", func() { _ = str[i] })
	try("string slice", func() { _ = str[i:] })
	arr := [4]int{}
	try("array index", func() { _ = arr[i] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var p *T
	try("nil pointer", func() { fmt.Println(p.x) })
	zero := 0
	try("divide", func() { fmt.Println(10 / zero) })
	try("modulo", func() { fmt.Println(10 % zero) })
	var x interface{} = "str"
	try("assert", func() { _ = x.(int) })
	var ch chan int
	try("close nil", func() { close(ch) })
	c2 := make(chan int)
	close(c2)
	try("close closed", func() { close(c2) })
	try("send closed", func() { c2 <- 1 })
	try("custom", func() { panic("not a runtime error") })
	var fn func()
	try("nil func", func() { fn() })
}
