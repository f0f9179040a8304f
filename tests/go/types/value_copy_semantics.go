// Tests op-assign evaluates index once; array/struct value copies; interface holds copies; slice aliasing of arrays.
package main

import "fmt"

var calls int

func k() int { calls++; return 1 }

type Box struct {
	Vals [3]int
	Tags []string
}

func modifyArr(a [3]int) [3]int { a[0] = 100; return a }
func modifySlice(s []int)       { s[0] = 100 }
func modifyBox(b Box)           { b.Vals[1] = -1; b.Tags[0] = "changed" }
func modifyBoxPtr(b *Box)       { b.Vals[1] = -1 }

func main() {
	a := []int{1, 2, 3}
	a[k()] += 10
	a[k()]++
	fmt.Println(a, calls)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, modifyArr(arr), arr)
	sl := arr[:]
	sl[1] = 50
	fmt.Println(arr, sl, len(sl), cap(sl))
	modifySlice(arr[1:])
	fmt.Println(arr)
	b := Box{[3]int{1, 2, 3}, []string{"t"}}
	modifyBox(b)
	fmt.Println(b)
	modifyBoxPtr(&b)
	fmt.Println(b)
	b2 := b
	b2.Vals[0] = 77
	b2.Tags[0] = "shared"
	fmt.Println(b.Vals, b.Tags, b2.Vals)
	var i interface{} = b
	b.Vals[2] = 1000
	fmt.Println(i.(Box).Vals, b.Vals)
	m := map[string][3]int{"x": {1, 2, 3}}
	v := m["x"]
	v[0] = 5
	fmt.Println(m["x"], v)
	ms := map[string][]int{"x": {1, 2, 3}}
	ms["x"][0] = 5
	ms["y"] = append(ms["y"], 4)
	fmt.Println(ms["x"], ms["y"])
	s1 := make([]int, 3, 10)
	s2 := append(s1, 4)
	s3 := append(s1, 5)
	fmt.Println(s2[3], s3[3], len(s1))
	s4 := []int{1, 2, 3, 4, 5}
	s4 = append(s4[:1], s4[2:]...)
	fmt.Println(s4, len(s4), cap(s4))
	s5 := []int{1, 2, 3, 4, 5}
	copy(s5[1:], s5)
	fmt.Println(s5)
	s6 := []int{1, 2, 3, 4, 5}
	copy(s6, s6[2:])
	fmt.Println(s6, copy(s6, []int{}), copy([]byte("xx"), "hello"))
	pa := &arr
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(arr, len(pa))
	type pt struct{ x, y int }
	pts := []pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 100
	}
	for i := range pts {
		pts[i].y *= 10
	}
	fmt.Println(pts)
	pp := &pts[0]
	pts = append(pts, pt{5, 6})
	pp.x = -1
	fmt.Println(pts[0].x != -1 || cap(pts) == 2)
	matrix := [2][2]int{{1, 2}, {3, 4}}
	row := matrix[0]
	row[0] = 99
	fmt.Println(matrix, row, matrix == [2][2]int{{1, 2}, {3, 4}})
}
