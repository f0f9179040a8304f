// range x evaluates x unless len(x) is constant and at most one iteration variable is used.
package main

import "fmt"

var nmake int

func makearray() [5]int {
	nmake++
	return [5]int{1, 2, 3, 4, 5}
}

var p *[4]int

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panicked:", recover() != nil) }()
	f()
}

func main() {
	s := 0
	for i := range makearray() {
		s += i
	}
	fmt.Println("makearray calls:", nmake, "sum:", s)
	for range makearray() {
	}
	fmt.Println("makearray calls:", nmake)
	try("len(*p)", func() { _ = len(*p) })
	try("for i, _ := range p", func() {
		for i, _ := range p {
			_ = i
		}
	})
}
