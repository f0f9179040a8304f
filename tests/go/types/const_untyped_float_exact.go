// Original test: fixedbugs/bug120.go (same root as the compile errors in
// 20-const-exact-arithmetic-rejected.go).
// Untyped constant arithmetic is exact; 1e23 + 1 rounds to the float64 nearest to the
// exact value, 1.0000000000000001e+23. goroscope computes in float64, where 1e23 + 1 is
// 1e23 (99999999999999991611392).
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	const x = 1e23 + 1
	fmt.Println(strconv.FormatFloat(x, 'g', -1, 64))
	const y = 1e23 + 8388609
	fmt.Println(strconv.FormatFloat(y, 'g', -1, 64))
}
