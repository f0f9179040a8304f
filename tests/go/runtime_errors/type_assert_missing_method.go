// exit: 2
// stderr: ^panic: interface conversion: main\.Cat is not main\.Barker: missing method Bark$
// Tests a failed assertion to an interface type whose method is missing.
package main

import "fmt"

type Barker interface{ Bark() string }
type Dog struct{}
type Cat struct{}

func (Dog) Bark() string { return "woof" }

func main() {
	pets := []interface{}{Dog{}, Cat{}}
	for _, p := range pets {
		fmt.Println(p.(Barker).Bark())
	}
}
