// The target of an assignment is also an operand of && / ||: it must be read before it is
// written (b = c || b).
package main

import "fmt"

func main() {
	b, c := true, false
	b = c || b
	fmt.Println(b)
	d, e := false, true
	d = e && d
	fmt.Println(d)
	x, y := true, false
	x = y || x && y || x
	fmt.Println(x)
	s, t := "a", "b"
	s = t + s + t + s
	fmt.Println(s)
}
