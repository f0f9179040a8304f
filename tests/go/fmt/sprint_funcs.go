// Tests Sprint, Sprintf and Sprintln return values and the Fprint family writing into a strings.Builder.
package main

import (
	"fmt"
	"strings"
)

func main() {
	a := fmt.Sprint("x", 1, 2, "y", 3.0, true)
	b := fmt.Sprintln("x", 1, 2, "y")
	c := fmt.Sprintf("%d-%s-%v", 7, "eight", []int{9})
	fmt.Printf("%q\n%q\n%q\n", a, b, c)
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%05.1f;", 3.14159)
	fmt.Println(n, err)
	fmt.Fprint(&sb, "a", 1, 2, ";")
	fmt.Fprintln(&sb, "end", 4)
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	n, _ = fmt.Println("counted")
	fmt.Println(n)
	n, _ = fmt.Printf("%s\n", "héllo")
	fmt.Println(n)
	parts := []string{}
	for i := 0; i < 3; i++ {
		parts = append(parts, fmt.Sprintf("[%02d]", i))
	}
	fmt.Println(strings.Join(parts, ""))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2))
}
