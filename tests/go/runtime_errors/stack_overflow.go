// exit: 2
// stderr: ^runtime: goroutine stack exceeds \d+-byte limit$
// stderr: ^fatal error: stack overflow$
// Tests unbounded recursion overflowing the goroutine stack.
package main

import "fmt"

func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	fmt.Println("recursing")
	fmt.Println(depth(0))
}
