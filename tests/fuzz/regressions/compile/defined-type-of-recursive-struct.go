package main

import "fmt"

type T1 struct{ Next *T2 }

type T2 T1

func main() {
	var y T2
	fmt.Println(y)
	z := &T2{}
	_ = z.Next.Next
	fmt.Println(z.Next == nil)
}
