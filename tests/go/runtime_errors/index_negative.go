// exit: 2
// stderr: ^panic: runtime error: index out of range \[-1\]$
// stderr: ^goroutine 1 \[running\]:$
// Tests an unrecovered negative index computed at run time.
package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	for i := 3; ; i -= 2 {
		fmt.Println(i, arr[i])
	}
}
