// Tests Go 1.22 range over an integer: for i := range n, for range n, typed counts, zero and negative.
// golden written by hand (Go 1.22 feature)
package main

import "fmt"

type Count int64

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	total := 0
	for range 4 {
		total += 10
	}
	fmt.Println("total", total)
	n := 0
	for i := range n {
		fmt.Println("never", i)
	}
	neg := -3
	for i := range neg {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i, " ")
	}
	fmt.Println("limit", limit)
	for i := range 6 {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
