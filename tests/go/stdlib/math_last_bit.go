// math functions are not bit-identical to Go's: Go computes Log, Log2, Cos, Pow, ... with
// its own (pure Go or Go assembly) code, goroscope with the C library, and the results
// differ in the last bits for some arguments (for Pow and a huge Cos argument, in more).
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"fmt"
	"math"
)

func main() {
	l := math.Log(1.5)
	fmt.Printf("%x %x\n", math.Float64bits(l), math.Float64bits(math.Cos(l)))
	three := 3.0
	fmt.Println(math.Cos(0.4054651081081644), math.Log(three), math.Log2(three))
	big := uint(9223372036854775809)
	tenth := 0.1
	fmt.Println(math.Cos(float64(big)), math.Pow(tenth, 63), math.Pow(1.5, 100))
}
