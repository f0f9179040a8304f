// Tests the Go 1.21 clear builtin: clearing a map deletes all entries, clearing a slice zeroes elements.
// golden written by hand (Go 1.21 feature)
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["d"] = 4
	fmt.Println(alias)
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	clear(s)
	fmt.Println(s, len(s))
	words := []string{"x", "y"}
	clear(words)
	fmt.Printf("%q\n", words)
	type P struct{ X, Y int }
	ps := []P{{1, 2}, {3, 4}}
	clear(ps[:1])
	fmt.Println(ps)
	var nilMap map[int]bool
	clear(nilMap)
	var nilSlice []int
	clear(nilSlice)
	fmt.Println(len(nilMap), nilSlice == nil)
}
