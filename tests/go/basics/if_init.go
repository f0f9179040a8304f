// Tests if statements with init statements and scoping of the declared variables.
package main

import (
	"fmt"
	"strconv"
)

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	for _, k := range []string{"a", "z"} {
		if v, ok := lookup(m, k); ok {
			fmt.Println(k, "found", v)
		} else {
			fmt.Println(k, "missing", v)
		}
	}
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	for _, s := range []string{"12", "abc", "-7"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("error:", err)
		} else if n < 0 {
			fmt.Println("negative", n)
		} else {
			fmt.Println("positive", n)
		}
	}
	if y := x * 2; y > 100 {
		fmt.Println("big")
	} else if z := y + 1; z > 20 {
		fmt.Println("z", z, "y", y)
	} else {
		fmt.Println("small", y, z)
	}
}
