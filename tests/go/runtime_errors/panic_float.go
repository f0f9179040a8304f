// exit: 2
// stderr: ^panic: 1\.5$
// Tests panic with a float64 value, which the runtime prints the shortest way (Go 1.26).
package main

func main() {
	panic(1.5)
}
