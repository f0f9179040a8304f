// Tests implicit interface satisfaction, interface embedding, dynamic dispatch and interface values holding different types.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface{ Name() string }

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Circle{1}, Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%s %.2f %.2f\n", s.Name(), s.Area(), s.Perimeter())
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Print(s.Name(), " ")
	}
	fmt.Println()
	fmt.Printf("%.3f\n", total(Rect{2, 2}, &Circle{2}))
	var sh Shape = Rect{2, 5}
	var n Named = sh.(Named)
	fmt.Println(n.Name(), sh)
	var any interface{} = 42
	fmt.Println(any)
	any = "now a string"
	fmt.Println(any)
	any = Rect{1, 2}
	if s, ok := any.(Shape); ok {
		fmt.Println("any is a Shape with area", s.Area())
	}
	var empty Shape
	fmt.Println(empty == nil, empty)
	c1, c2 := &Circle{1}, &Circle{1}
	var s1, s2 Shape = c1, c1
	fmt.Println(s1 == s2, Shape(c1) == Shape(c2), Shape(Rect{1, 1}) == Shape(Rect{1, 1}))
}
