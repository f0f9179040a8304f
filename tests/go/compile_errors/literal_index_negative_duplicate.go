// errorcheck
// Array and slice literal indexes must be non-negative constants, each given once (a
// negative one used to be accepted, and the program wrote before the literal's storage).
package main

import "fmt"

func main() {
	fmt.Println([]int{0, -1: 345}) // ERROR "index -1 \(constant of type int\) must not be negative"
	fmt.Println([3]int{-1: 1})     // ERROR "must not be negative"
	fmt.Println([]int{1: 1, 1: 2}) // ERROR "duplicate index 1 in array or slice literal"
	fmt.Println([]int{5, 0: 1})    // ERROR "duplicate index 0 in array or slice literal"
}
