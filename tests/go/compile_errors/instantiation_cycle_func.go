// errorcheck
// Generics: an instantiation cycle (type arguments that grow without end) is an error,
// reported at the type parameter, not a hang.
package main

import "fmt"

func F[T any](n int, x T) int { // ERROR "instantiation cycle"
	if n == 0 {
		return 0
	}
	return 1 + F(n-1, &x)
}

func main() { fmt.Println(F(3, 1)) }
