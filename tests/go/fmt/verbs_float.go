// Tests float verbs %e %E %f %F %g %G %v with widths, precisions and flags, plus Inf and NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1234.5678
	fmt.Printf("%e|%E|%f|%F|%g|%G|%v\n", x, x, x, x, x, x, x)
	fmt.Printf("%.2e|%.0f|%.1f|%.3g|%.10g\n", x, x, x, x, x)
	fmt.Printf("|%6.2f|%-8.2f|%08.2f|%+.2f|% .2f|%05.2f|\n", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159, 2.5)
	fmt.Printf("%g %g %g %g %g\n", 100000.0, 1000000.0, 1e21, 0.0001, 0.00001)
	fmt.Printf("%f %e %g\n", 0.0, 0.0, 0.0)
	fmt.Printf("%v %v %v %.2f %5.1f|\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN())
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.3v|%.3v|%10.4g|\n", math.Pi, 1234.5678, 0.000123456)
	fmt.Printf("%v %v\n", float32(0.1), float64(float32(0.1)))
	fmt.Printf("%g %e\n", float32(3.4e38), float32(1e-45))
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e6)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%.2f%%\n", 45.678)
	fmt.Printf("%8.3e|%-12.4E|\n", 123456.789, 0.000987)
	fmt.Printf("%v\n", []float64{1, 2.5, 1e-7})
}
