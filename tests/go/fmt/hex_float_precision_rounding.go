// %x of a float with a precision: 1.5 with no hex digits rounds half to even, to
// 0x1p+01; goroscope truncates it to 0x1p+00 (2.5 and 3.5 are right).
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import "fmt"

func main() {
	fmt.Printf("%.0x %.0x %.0x %.1x %.2x\n", 1.5, 2.5, 3.5, 1.03125, 1.0078125)
}
