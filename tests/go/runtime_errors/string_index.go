// exit: 2
// stderr: ^panic: runtime error: index out of range \[5\] with length 5$
// Tests indexing a string past its end.
package main

import "fmt"

func main() {
	s := "hello"
	for i := 0; i <= len(s); i++ {
		fmt.Println(i, string(s[i]))
	}
}
