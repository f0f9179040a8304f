// Parallel assignments store left to right: a later out-of-range index panics after earlier stores.
package main

import "fmt"

func main() {
	m := map[int]int{}
	p := []int{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[2], p[1] = 2, 2
	}()
	fmt.Println(len(m), m[2])

	var a [3]int
	i := 5
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[3], a[i] = 3, 3
	}()
	fmt.Println(len(m), m[3])
}
