// Tests equality: structs with arrays and interfaces, interface vs concrete, pointers, channels, NaN map keys, switch on interface.
package main

import (
	"fmt"
	"math"
)

type Inner struct {
	A [2]int
	I interface{}
}

type Outer struct {
	Name string
	In   Inner
	P    *int
}

func main() {
	x := 5
	o1 := Outer{"a", Inner{[2]int{1, 2}, "s"}, &x}
	o2 := Outer{"a", Inner{[2]int{1, 2}, "s"}, &x}
	o3 := o2
	o3.In.I = 3
	fmt.Println(o1 == o2, o1 == o3, o1.In == o2.In)
	y := 5
	o2.P = &y
	fmt.Println(o1 == o2, *o1.P == *o2.P)
	var i1 interface{} = o1
	var i2 interface{} = o1
	fmt.Println(i1 == i2, i1 == interface{}(o3))
	var e1 interface{} = 1
	var e2 interface{} = 1.0
	var e3 interface{} = int32(1)
	fmt.Println(e1 == e2, e1 == e3, e1 == 1)
	c1 := make(chan int)
	c2 := c1
	c3 := make(chan int)
	fmt.Println(c1 == c2, c1 == c3)
	m := map[float64]int{}
	m[math.NaN()] = 1
	m[math.NaN()] = 2
	m[0.0] = 3
	m[math.Copysign(0, -1)] = 4
	_, found := m[math.NaN()]
	fmt.Println(len(m), found, m[0])
	var v interface{} = "a"
	switch v {
	case 1:
		fmt.Println("int 1")
	case "a":
		fmt.Println("string a")
	}
	type key struct {
		a string
		b int
	}
	counts := map[key]int{}
	counts[key{"x", 1}]++
	counts[key{"x", 1}]++
	counts[key{"x", 2}]++
	fmt.Println(len(counts), counts[key{"x", 1}])
	ik := map[interface{}]string{1: "int", int64(1): "int64", "1": "str", [2]int{1, 1}: "arr"}
	fmt.Println(len(ik), ik[1], ik[int64(1)], ik[[2]int{1, 1}], ik[1.0])
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, [1]float64{nan} == [1]float64{nan})
	var p1, p2 *int
	fmt.Println(p1 == p2, p1 == nil)
	s1, s2 := struct{}{}, struct{}{}
	fmt.Println(s1 == s2)
	var err1 error = fmt.Errorf("x")
	var err2 error = fmt.Errorf("x")
	fmt.Println(err1 == err2, err1.Error() == err2.Error())
}
