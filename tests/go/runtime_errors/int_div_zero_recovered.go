// exit: 2
// stderr: ^panic: runtime error: integer divide by zero \[recovered, repanicked\]$
// Tests integer division by zero recovered as runtime.Error, MinInt8/-1, then a second division panic.
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	defer func() {
		e := recover()
		fmt.Println(e)
		err := e.(error)
		fmt.Println(err.Error())
		var x int8 = -128
		var y int8 = -1
		fmt.Println(x / y, x % y)
		var u uint = 0
		fmt.Println(10 % (u + uint(div(1, 1)) - 1))
	}()
	div(1, 0)
}
