// The NaN that math functions return: Go's Log, Acos and Mod return math.NaN()
// (0x7ff8000000000001, sign bit clear); goroscope returns the C library's NaNs
// (negative for Log and Mod, another payload for Acos), so Signbit and Float64bits differ.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import (
	"fmt"
	"math"
)

func main() {
	m1 := -1.0
	inf := math.Inf(1)
	zero := 0.0
	for _, x := range []float64{math.Log(m1), math.Sqrt(m1), math.NaN(), inf - inf, zero / zero, math.Acos(2), math.Pow(m1, 0.5), math.Mod(1, zero)} {
		fmt.Printf("%v %x\n", math.Signbit(x), math.Float64bits(x))
	}
}
