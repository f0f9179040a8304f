// exit: 2
// stderr: ^panic: runtime error: index out of range \[5\] with length 3$
// stderr: ^goroutine 1 \[running\]:$
// Tests an unrecovered slice index out of range: output before the panic is kept, exit status 2.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println("get 2:", get(s, 2))
	fmt.Println("get 5:", get(s, 5))
	fmt.Println("unreachable")
}
