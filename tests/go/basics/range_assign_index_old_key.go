// for i, x[i] = range: the index operand uses i before this iteration's assignment.
package main

import "fmt"

func main() {
	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
		break
	}
	fmt.Println(i, x)
	s := []rune{10, 20}
	j := 1
	for j, s[j] = range "c" {
		break
	}
	fmt.Println(j, s)
}
