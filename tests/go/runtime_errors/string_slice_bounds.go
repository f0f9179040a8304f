// exit: 2
// stderr: ^panic: runtime error: slice bounds out of range \[:10\] with length 5$
// Tests slicing a string beyond its length.
package main

import "fmt"

func main() {
	s := "hello"
	n := 10
	fmt.Println(s[:3])
	fmt.Println(s[:n])
}
