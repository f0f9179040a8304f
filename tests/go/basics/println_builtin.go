// stderr: ^\+1\.500000e\+000$
// stderr: ^1 true hello -7 \+0\.000000e\+000$
// stderr: ^ab12$
// stderr: ^\+1\.000000e\+010 -2\.500000e-003$
// stderr: ^$
// Tests the print and println builtins, which write to stderr with their own number formatting.
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println(1.5)
	println(1, true, "hello", -7, 0.0)
	print("a", "b", 1, 2, "\n")
	f := 1e10
	println(f, -0.0025)
	println()
	fmt.Println("stdout end")
}
