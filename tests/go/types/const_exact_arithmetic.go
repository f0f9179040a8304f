// Original tests: const.go, fixedbugs/issue14651.go, fixedbugs/issue11326b.go,
// fixedbugs/bug402.go, fixedbugs/issue15039.go, float_lit2.go (compile errors in
// goroscope; valid Go). Untyped constants are exact (big) values in Go: 1e100 is an
// integer, 1/(1<<500) is a tiny non-zero float, huge exponents are fine, 0.0005*1e9 is
// exactly 500000, and string(1<<100) is "\uFFFD". goroscope evaluates them in machine
// floats/ints and rejects them.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import "fmt"

const (
	rsh1 = 1e100 >> 1000
	p500 = 1.0 / (1 << 500)
	n    = 1e646456992
	d    = 1e646456991
)

var a = []int64{0.0005 * 1e9}

const huge = string(1 << 100)

const (
	two64 = 1.0 * (1 << 64)
	ulp32 = 1.0 * (1 << 104)
	max32 = (1<<24 - 1) * ulp32
)

func main() {
	fmt.Println(rsh1, p500 > 0, n/d, a, len(huge), float32(max32+ulp32/2-ulp32/two64) == max32)
}
