// exit: 2
// stderr: ^panic: \+1\.500000e\+000$
// Tests panic with a float64 value, which the runtime prints in its own exponent format.
package main

func main() {
	panic(1.5)
}
