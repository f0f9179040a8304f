// Tests the Go 1.21 min and max builtins on ints, floats, strings and mixed constants.
// golden written by hand (Go 1.21 feature)
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y), min(x, y, 15), max(x, 15, y))
	fmt.Println(min(2.5, 1), max(2.5, 1), min("b", "a", "c"), max("apple", "banana"))
	var f float64 = 1.5
	fmt.Println(max(f, 2), min(f, 1))
	const c = max(1, 2.5, 2)
	fmt.Printf("%v %T\n", c, c)
	var u8 uint8 = 200
	fmt.Printf("%v %T\n", max(u8, 100), max(u8, 100))
	scores := []int{7, 3, 9, 4}
	lo, hi := scores[0], scores[0]
	for _, s := range scores[1:] {
		lo = min(lo, s)
		hi = max(hi, s)
	}
	fmt.Println(lo, hi)
	fmt.Println(min("", "a"), max("", "a") == "a")
}
