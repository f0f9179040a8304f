// Arrays of millions of elements as results and locals (2e6 ints once crashed the VM).
package main

import "fmt"

type Big = [2000000]int

func f() (x Big) {
	x[5] = 5
	return
}

func main() {
	x := f()
	fmt.Println(x[5])
	var y [3 << 20]int
	y[7] = 1
	fmt.Println(len(y), y[7])
}
