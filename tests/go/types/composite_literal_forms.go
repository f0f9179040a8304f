// Tests composite literal forms: keyed arrays/slices, elided types, pointer elision, aliases, struct conversions.
package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }
type Alias = P

type Line struct {
	A, B P
	Tag  string `json:"tag,omitempty"`
}

func pair() (int, string) { return 7, "seven" }
func show(n int, s string) string { return fmt.Sprint(n, ":", s) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	arr := [...]string{2: "c", 0: "a", 4: "e"}
	fmt.Println(len(arr), arr)
	sl := []int{5: 1, 2, 1: 9}
	fmt.Println(len(sl), sl)
	ps := []*P{{1, 2}, {X: 3}}
	fmt.Println(*ps[0], *ps[1])
	m := map[P][]Q{{1, 1}: {{2, 2}, {3, 3}}}
	fmt.Println(m)
	mp := map[string]*P{"a": {5, 6}}
	fmt.Println(mp["a"].X)
	var a Alias = P{1, 2}
	q := Q(a)
	fmt.Printf("%T %T %v\n", a, q, q)
	l := Line{A: P{1, 2}, B: P{3, 4}, Tag: "t"}
	fmt.Printf("%+v\n", l)
	anon := struct {
		P
		Name string
	}{P{9, 9}, "anon"}
	fmt.Println(anon.X, anon.Name, anon)
	var pt P = struct{ X, Y int }{1, 1}
	fmt.Println(pt)
	fmt.Println(show(pair()))
	fmt.Println(sum(), sum(1, 2), sum([]int{4, 5, 6}...))
	b := append([]byte("x"), "yz"...)
	fmt.Println(string(b))
	nested := [][]P{{{1, 2}}, {{3, 4}, {5, 6}}}
	fmt.Println(nested, len(nested[1]))
	arr2 := [2][3]int{{1}, {4, 5, 6}}
	fmt.Println(arr2)
	type Matrix [2][2]float64
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(id, id == Matrix{{1, 0}, {0, 1}})
	fns := [...]func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	fmt.Println(fns[1](fns[0](3)))
	ch := make(chan P, 1)
	ch <- P{Y: 8}
	fmt.Println(<-ch)
	emp := struct{}{}
	fmt.Println(emp, [0]int{}, []struct{}{{}, {}})
}
