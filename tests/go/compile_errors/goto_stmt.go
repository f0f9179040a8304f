// errorcheck
// Tests that goto statements (unsupported by goroscope) are rejected with a clear diagnostic.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println(i)
		i++
		goto loop // ERROR "goto"
	}
}
