// errorcheck
// Tests that several independent errors in one file are all reported, each on its own line.
package main

import "fmt"

func half(n int) int { return n / 2 }

func main() {
	var s string = 5          // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	n := half("ten")          // ERROR "cannot use .ten. \(untyped string constant\) as int value in argument to half"
	fmt.Println(s, n, missing) // ERROR "undefined: missing"
	if n {                    // ERROR "non-boolean condition in if statement"
		fmt.Println("yes")
	}
}
