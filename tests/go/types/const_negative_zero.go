// A negative float constant that rounds to zero: constants have no -0, so Go gives +0;
// goroscope gives -0.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import "fmt"

func main() {
	const c = -1e-100
	fmt.Println(float32(c), float64(c)*1e-300, c)
	var f float32 = c
	fmt.Println(f)
}
