// exit: 2
// stderr: ^panic: runtime error: integer divide by zero$
// stderr: ^goroutine 1 \[running\]:$
// Tests integer division by a zero divisor computed at run time.
package main

import "fmt"

func avg(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	fmt.Println(avg([]int{2, 4, 6}))
	fmt.Println(avg(nil))
}
