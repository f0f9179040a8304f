// Ranging over an untyped constant gives the iteration variable its default type: rune
// for 'a'.
package main

import "fmt"

func main() {
	n := 0
	var t string
	for i := range 'a' {
		var p *rune = &i
		n++
		t = fmt.Sprintf("%T", *p)
	}
	fmt.Println(n, t)
}
