// exit: 2
// stderr: ^panic: invalid state: want 3 items, got 5$
// Tests a panic with a formatted message containing spaces and numbers.
package main

import "fmt"

func check(items []string, want int) {
	if len(items) != want {
		panic(fmt.Sprintf("invalid state: want %d items, got %d", want, len(items)))
	}
	fmt.Println("state ok")
}

func main() {
	check([]string{"a", "b", "c"}, 3)
	check([]string{"a", "b", "c", "d", "e"}, 3)
}
