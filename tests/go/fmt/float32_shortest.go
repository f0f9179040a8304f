// The shortest decimal form of a float32 (Println, %v, %g): for 2^90 Go finds 8 digits,
// goroscope prints 9.
// Regression test: the golden is real Go 1.26's output; the text above says how
// goroscope used to differ.

package main

import "fmt"

func main() {
	fmt.Println(float32(1<<90), float32(1e27), float32(3e38), float32(1<<100))
	var f float32 = 1 << 90
	fmt.Printf("%v %g\n", f, f)
}
