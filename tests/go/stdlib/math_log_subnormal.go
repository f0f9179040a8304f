// math.Log and math.Log10 of subnormal numbers: Go's implementation (amd64) returns
// about -709 for every subnormal (it does not normalize them); goroscope returns the
// true logarithm. Programs that print them differ.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"fmt"
	"math"
)

func main() {
	x := 5e-324
	fmt.Println(math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
	fmt.Println(math.Log(2.5e-310))
}
