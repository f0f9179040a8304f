// Generics: generic alias (known to fail: see KNOWN_FAILURES).
package main

import "fmt"

type Pair[A, B any] struct {
	A A
	B B
}

type StrPair[V any] = Pair[string, V]

func main() {
	fmt.Printf("%+v\n", StrPair[int]{"x", 1})
}
