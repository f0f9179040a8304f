// Untyped constants wider than 128 bits: goroscope rejects a constant shift whose result
// needs more, even where Go converts it to a float64 or shifts it back.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import "fmt"

func main() {
	f := 1.5
	fmt.Println(f*(1<<192), float64(1<<100)/3)
	const big = 1 << 100
	fmt.Println(big>>98, big/(1<<90))
}
