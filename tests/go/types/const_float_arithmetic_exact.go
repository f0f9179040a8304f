// Untyped float constant arithmetic is exact in Go (0.3/1e-7 is exactly 3000000, so it
// may be used as an integer); goroscope computes it in float64 and rejects the result
// as truncated.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import "fmt"

func main() {
	var u uint = 7
	var i int32 = 1
	fmt.Println(u+(0.3/1e-7), i+(-('Z'*0.3)))
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3, 0.1*3 == 0.3)
}
