// Tests slice capacity growth when appending one element at a time from an empty slice.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 512; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	m := make([]int, 0, 5)
	for i := 0; i < 5; i++ {
		m = append(m, i)
	}
	fmt.Println(len(m), cap(m))
	z := make([]string, 2)
	fmt.Println(len(z), cap(z), z[0] == "")
	w := make([]int, 3, 3)
	w2 := w[1:]
	fmt.Println(len(w2), cap(w2))
	e := []int{}
	fmt.Println(len(e), cap(e))
}
