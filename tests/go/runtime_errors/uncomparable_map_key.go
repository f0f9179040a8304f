// exit: 2
// stderr: ^panic: runtime error: hash of unhashable type \[\]int$
// Tests using an uncomparable dynamic type as an interface-typed map key.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	m[[]int{1}] = 3
}
