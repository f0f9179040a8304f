// errorcheck
// Tests that a multi-value call used where a single value is required is rejected.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("1") + 1 // ERROR "multiple-value strconv.Atoi\(.1.\) .*in single-value context"
	fmt.Println(n)
}
