// exit: 2
// stderr: ^panic: assignment to entry in nil map$
// stderr: ^goroutine 1 \[running\]:$
// Tests writing to a nil map; note the message has no "runtime error:" prefix.
package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	var r Registry
	fmt.Println("read from nil map:", r.items["x"], len(r.items))
	r.items["x"] = 1
	fmt.Println("unreachable")
}
