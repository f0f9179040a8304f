// Tests switch forms: tag, tagless, init statement, lists, fallthrough, break in switch.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 3:
		out = append(out, "three")
	case 4:
		out = append(out, "four")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, n := range []int{-3, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	for n := 0; n <= 5; n++ {
		fmt.Println(n, fall(n))
	}
	switch x := 5 * 3; x {
	case 1, 3, 5, 7, 9, 11, 13, 15:
		fmt.Println(x, "odd")
	case 2, 4, 6:
		fmt.Println(x, "even")
	}
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			fmt.Println("break at", i)
			break
		default:
			fmt.Println("i", i)
		}
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("calls:", calls)
	}
	switch {
	default:
		fmt.Println("default first")
	case calls > 100:
		fmt.Println("impossible")
	}
}
