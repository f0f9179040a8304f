// Generics: infer from assignment (known to fail: see KNOWN_FAILURES).
package main

import "fmt"

func Double[T ~int | ~float64](x T) T { return x * 2 }

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	var h func(int) int = Double
	fmt.Println(h(21))
}
