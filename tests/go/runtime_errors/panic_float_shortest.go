// exit: 2
// stderr: ^panic: 1\.5$
// An unrecovered panic with a float value: Go 1.26 prints floats in the runtime the
// short way (as strconv 'g', shortest).
package main

func main() {
	panic(1.5)
}
