// errorcheck
// A generic body is checked against its constraints, not only against each type argument:
// Go rejects + on a type parameter constrained by any (known to fail: see KNOWN_FAILURES).
package main

import "fmt"

func Add[T any](a, b T) T { return a + b } // ERROR "operator \+ not defined on a \(variable of type T constrained by any\)"

func main() {
	fmt.Println(Add(1, 2))
}
