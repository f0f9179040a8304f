// Tests switch edge cases: default in the middle, fallthrough into default, case expression evaluation order and short-circuit.
package main

import "fmt"

var evals []int

func v(n int) int { evals = append(evals, n); return n }

func classify(x int) string {
	out := ""
	switch {
	case x < 0:
		out += "neg "
		fallthrough
	default:
		out += "default "
		fallthrough
	case x == 100:
		out += "hundred "
	case x > 1000:
		out += "big "
	}
	return out
}

func main() {
	for _, x := range []int{-5, 5, 100, 5000} {
		fmt.Printf("%d: %s\n", x, classify(x))
	}
	switch v(3) {
	case v(1), v(2):
		fmt.Println("1 or 2")
	case v(3), v(4):
		fmt.Println("3 or 4")
	case v(5):
		fmt.Println("5")
	}
	fmt.Println(evals)
	switch x := 5; {
	default:
		fmt.Println("default first, x =", x)
	case x > 10:
		fmt.Println("big")
	}
	var f float64 = 0
	fmt.Println(1/f > 1e308, -1/f < -1e308)
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched concatenation")
	}
	type T struct{ a int }
	switch (T{1}) {
	case T{0}:
		fmt.Println("zero")
	case T{1}:
		fmt.Println("one")
	}
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	switch {
	}
	switch x := interface{}(nil).(type) {
	default:
		fmt.Printf("type switch default %v\n", x)
	}
}
