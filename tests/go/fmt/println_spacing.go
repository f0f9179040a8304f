// Tests Println (always spaces between operands) versus Print (spaces only between two non-string operands).
package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Println("a", "b", 1, 2, true, nil, 1.5)
	fmt.Print("a", "b", 1, 2, "c", 3.5, 4, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", 2, 3, "z", "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(S{1}, S{2}, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println("")
	fmt.Println("trailing space ", " leading")
	s := fmt.Sprint("a", 1, 2, "b")
	fmt.Println(len(s), s)
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	var e error
	fmt.Print(e, 5, "\n")
	fmt.Print('a', 'b', "\n")
}
