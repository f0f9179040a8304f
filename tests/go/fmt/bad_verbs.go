// Tests fmt's error reporting in output: wrong verb types, missing and extra arguments, bad indexes.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "extra", 3.5)
	fmt.Printf("no verbs\n", "arg")
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%t %t\n", true, "yes")
	fmt.Printf("%x\n", true)
	fmt.Printf("%.2f %f\n", 3, "pi")
	fmt.Printf("%c %q\n", "str", 3.5)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%v %v\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", struct {
		A int
		B string
	}{1, "b"})
	fmt.Printf("%d\n", nil)
	fmt.Println(fmt.Sprintf("%v", "ok", 1))
}
