// Range over functions: returns through nested bodies, and a yield called after the loop ended.
package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func sum(xs ...int) (total int) {
	each := func(yield func(int, int) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
	for i, x := range each {
		if x < 0 {
			return -i
		}
		total += x
	}
	return total
}

func nested() string {
	seq := func(yield func(string) bool) {
		for _, s := range []string{"a", "b", "c"} {
			if !yield(s) {
				return
			}
		}
	}
	for a := range seq {
		for b := range seq {
			if a == "b" && b == "c" {
				return a + b
			}
		}
	}
	return "none"
}

func main() {
	for x := range keep {
		fmt.Println("got", x)
	}
	fmt.Println(sum(1, 2, 3), sum(1, -5, 3), nested())
	defer func() { fmt.Println("recovered:", recover()) }()
	saved(2)
}
