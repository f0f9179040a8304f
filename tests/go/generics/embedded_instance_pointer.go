// Generics: embedded instance pointer (a divergence found and fixed).
package main

import "fmt"

type Base[T any] struct{ ID T }

type User struct {
	*Base[int]
}

func main() {
	u := User{&Base[int]{7}}
	fmt.Println(u.ID)
}
