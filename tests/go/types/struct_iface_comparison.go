// Tests struct equality with interface fields, map keys of struct/array/interface types, arrays of structs copied by value.
package main

import "fmt"

type P struct {
	X, Y int
}

type S struct {
	Name string
	V    any
	E    error
}

type K struct {
	A [2]int
	B string
	C any
}

type myErr struct{ s string }

func (e myErr) Error() string { return e.s }

func main() {
	a := S{"a", 1, nil}
	b := S{"a", 1, nil}
	c := S{"a", int64(1), nil}
	fmt.Println(a == b, a == c)
	d := S{"x", P{1, 2}, myErr{"e"}}
	e := S{"x", P{1, 2}, myErr{"e"}}
	fmt.Println(d == e)
	p1, p2 := &P{1, 2}, &P{1, 2}
	fmt.Println(S{V: p1} == S{V: p2}, S{V: p1} == S{V: p1})
	m := map[K]int{}
	m[K{[2]int{1, 2}, "x", "s"}] = 1
	m[K{[2]int{1, 2}, "x", "s"}]++
	m[K{[2]int{1, 2}, "x", 3}] = 10
	m[K{C: nil}] = 7
	fmt.Println(len(m), m[K{[2]int{1, 2}, "x", "s"}], m[K{}])
	am := map[[3]string]bool{{"a", "b", "c"}: true}
	fmt.Println(am[[3]string{"a", "b", "c"}], am[[3]string{}])
	im := map[any]string{1: "int", "1": "string", 1.0: "float", P{1, 1}: "P", [2]int{}: "arr", true: "bool", nil: "nil"}
	fmt.Println(len(im), im[1], im[int64(1)], im[1.0], im[P{1, 1}], im[nil], im[[2]int{0, 0}])
	arr := [3]P{{1, 2}, {3, 4}}
	arr2 := arr
	arr2[0].X = 100
	fmt.Println(arr, arr2, arr == arr2)
	arr2[0].X = 1
	fmt.Println(arr == arr2)
	for _, p := range arr {
		p.X = 999
	}
	for i := range arr {
		arr[i].Y *= 10
	}
	fmt.Println(arr)
	type W struct{ ps [2]P }
	w1 := W{[2]P{{1, 1}, {2, 2}}}
	w2 := w1
	w2.ps[1].Y = 5
	fmt.Println(w1, w2, w1 == w2)
	fn := func(a [3]P) [3]P { a[2] = P{7, 7}; return a }
	r := fn(arr)
	fmt.Println(arr[2], r[2])
	var i1, i2 any = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(i1 == i2)
	var e1, e2 error = myErr{"a"}, myErr{"a"}
	fmt.Println(e1 == e2)
	st := struct {
		a int
		b string
	}{1, "x"}
	st2 := struct {
		a int
		b string
	}{1, "x"}
	fmt.Println(st == st2)
}
