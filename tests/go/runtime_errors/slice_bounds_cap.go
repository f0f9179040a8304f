// exit: 2
// stderr: ^panic: runtime error: slice bounds out of range \[:5\] with capacity 3$
// stderr: ^goroutine 1 \[running\]:$
// Tests slicing beyond capacity: slice bounds out of range [:5] with capacity 3.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := 3
	fmt.Println(s[:n])
	n += 2
	fmt.Println(s[:n])
}
