// stderr: ^1\.5$
// stderr: ^1 true hello -7 0$
// stderr: ^ab12$
// stderr: ^1e\+10 -0\.0025$
// stderr: ^$
// Tests the print and println builtins, which write to stderr with the runtime's number
// formatting (Go 1.26: floats shortest, like strconv's 'g').
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
