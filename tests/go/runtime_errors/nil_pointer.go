// exit: 2
// stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// stderr: ^goroutine 1 \[running\]:$
// Tests dereferencing a nil struct pointer.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	list := &Node{1, &Node{2, nil}}
	n := list
	for i := 0; i < 3; i++ {
		fmt.Println("val", n.Val)
		n = n.Next
	}
}
