// errorcheck
// Tests that assigning a type lacking a method (or having it only on the pointer) to an interface is rejected.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

func main() {
	var a Shape = Square{2} // ERROR "does not implement .*\(missing method Name\)"
	var b Shape = Circle{1} // ERROR "does not implement .*(method Area has pointer receiver|missing method Area)"
	var c Shape = &Circle{1}
	fmt.Println(a, b, c)
}
