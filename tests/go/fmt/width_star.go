// Tests * for width and precision taken from arguments, including negative widths and bad star arguments.
package main

import "fmt"

func main() {
	fmt.Printf("|%*d|%-*d|\n", 5, 42, 5, 42)
	fmt.Printf("|%.*f|%*.*f|\n", 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("|%*s|\n", -6, "ab")
	for w := 1; w <= 4; w++ {
		fmt.Printf("[%*s]\n", w, "x")
	}
	fmt.Printf("|%*d|\n", "x", 5)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 12)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	table := [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, row := range table {
		fmt.Printf("%-8s%4s\n", row[0], row[1])
	}
}
