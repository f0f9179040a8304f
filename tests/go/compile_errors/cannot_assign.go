// errorcheck
// Tests rejected assignments: to a string byte, to a constant, and to a struct field inside a map.
package main

import "fmt"

const limit = 10

type P struct{ X int }

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\]"
	limit = 20 // ERROR "cannot assign to limit"
	m := map[string]P{"a": {1}}
	m["a"].X = 2 // ERROR "cannot assign to struct field m\[.a.\]\.X in map"
	fmt.Println(s, m)
}
