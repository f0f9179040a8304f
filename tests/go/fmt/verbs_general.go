// Tests the general verbs %v, %+v, %#v and %T on many kinds of values.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
	Tags     []string
	Meta     map[string]int
}

type Celsius float64
type Names []string

func main() {
	p := Point{1, 2}
	l := Line{p, Point{3, 4}, "diag", []string{"a"}, map[string]int{"w": 2}}
	values := []interface{}{
		42, -7, uint8(200), 3.25, float32(1.5), "text", true, 'x', nil,
		p, &p, l, []int{1, 2}, [2]bool{true, false}, map[string]int{"b": 2, "a": 1},
		Celsius(36.6), Names{"x", "y"}, []string(nil), map[int]bool(nil), struct{}{},
		[]interface{}{1, "a", nil}, int64(-1), uintptr(10), []byte("hi"),
	}
	for _, v := range values {
		fmt.Printf("%v | %+v | %#v | %T\n", v, v, v, v)
	}
	var ip *int
	fmt.Printf("%v %+v %#v %T\n", ip, ip, ip, ip)
	var ei interface{}
	fmt.Printf("%v %#v %T\n", ei, ei, ei)
	fmt.Printf("%T %T %T %T\n", fmt.Println, make(chan int), make(<-chan string), func(int) bool { return false })
	fmt.Printf("%v %d\n", []*Point{}, []int8{-1, 2})
}
