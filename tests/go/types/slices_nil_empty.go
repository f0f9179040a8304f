// Tests nil versus empty slices: len, cap, comparison with nil, append and printing.
package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: len=%d cap=%d nil=%v %v %d\n", name, len(s), cap(s), s == nil, s, len(fmt.Sprint(s)))
}

func find(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	describe("var", a)
	describe("literal", b)
	describe("make", c)
	d := b[:0]
	describe("reslice", d)
	a = append(a, 1)
	describe("appended", a)
	none := find([]int{1, 3, 5}, func(x int) bool { return x%2 == 0 })
	describe("find none", none)
	evens := find([]int{1, 2, 4}, func(x int) bool { return x%2 == 0 })
	describe("find evens", evens)
	var nilSlice []string
	for i := range nilSlice {
		fmt.Println("never", i)
	}
	fmt.Println(len(nilSlice[0:0]), nilSlice[:] == nil)
	fmt.Printf("%v %d %q\n", nilSlice, nilSlice, nilSlice)
	fmt.Printf("%#v %#v\n", a[:0], nilSlice)
}
