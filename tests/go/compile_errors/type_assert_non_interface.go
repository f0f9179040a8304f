// errorcheck
// Tests that type assertions on non-interface values and impossible assertions are rejected.
package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "T" }

func main() {
	n := 5
	v, ok := n.(int) // ERROR "is not an interface"
	var s Stringer = &T{}
	t := s.(T) // ERROR "impossible type assertion"
	fmt.Println(v, ok, t)
}
