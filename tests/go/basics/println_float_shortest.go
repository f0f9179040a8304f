// stderr: ^1.5 1e\+100 1e-45 0 100$
// stderr: ^0\.1$
// print/println format floats the shortest way in Go 1.26, like strconv's 'g'.
package main

func main() {
	println(1.5, 1e100, float32(1e-45), -0.0, 100.0)
	print(0.1, "\n")
}
