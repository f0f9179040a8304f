// %T of recovered run-time errors names Go's types (runtime.boundsError, runtime.plainError, ...).
package main

import "fmt"

func show(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	f()
}

func main() {
	s := []int{1}
	i := 5
	show(func() { _ = s[i] })
	show(func() { _ = s[1:i] })
	var p *struct{ X int }
	show(func() { p.X = 1 })
	var m map[int]int
	show(func() { m[1] = 1 })
	z := 0
	show(func() { _ = 1 / z })
	var x any = "s"
	show(func() { _ = x.(int) })
	n := -1
	show(func() { _ = 1 << n })
	var ch chan int
	show(func() { close(ch) })
	show(func() { _ = make([]int, n) })
}
