// exit: 2
// stderr: ^panic: runtime error: comparing uncomparable type \[\]int$
// Tests comparing two interfaces holding slices panics at run time.
package main

import "fmt"

func main() {
	var a interface{} = []int{1}
	var b interface{} = []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
