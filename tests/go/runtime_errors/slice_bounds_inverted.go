// exit: 2
// stderr: ^panic: runtime error: slice bounds out of range \[4:2\]$
// Tests a slice expression whose low bound exceeds its high bound.
package main

import "fmt"

func window(s []int, lo, hi int) []int { return s[lo:hi] }

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(window(s, 1, 3))
	fmt.Println(window(s, 4, 2))
}
