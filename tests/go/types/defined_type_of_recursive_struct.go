// exit: 2
// stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// type T2 T1, where T1 (declared first) is a struct that refers back to *T2: T2 has T1's
// fields (goroscope once gave it none, and crashed compiling y.Next.Next).
package main

import "fmt"

type T1 struct{ Next *T2 }

type T2 T1

func main() {
	var y T2
	fmt.Println(y)
	z := &T2{Next: &T2{}}
	fmt.Println(z.Next.Next == nil)
	_ = z.Next.Next.Next
}
