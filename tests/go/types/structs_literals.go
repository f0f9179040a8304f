// Tests struct literals (keyed, positional, nested, zero values), field assignment and comparison.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	private bool
}

type Pair struct{ A, B int }

func main() {
	p := Person{Name: "Ann", Age: 30, Addr: Address{"Oslo", 150}}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	var zero Person
	fmt.Printf("%+v %q %v\n", zero, zero.Name, zero.Tags == nil)
	q := p
	q.Addr.City = "Bergen"
	q.Tags = append(q.Tags, "x")
	fmt.Println(p.Addr.City, q.Addr.City, len(p.Tags), len(q.Tags))
	a, b := Pair{1, 2}, Pair{B: 2, A: 1}
	fmt.Println(a == b, a != Pair{2, 1}, Pair{} == Pair{0, 0})
	pp := &Pair{3, 4}
	pp.A *= 10
	fmt.Println(*pp, pp.A+pp.B)
	list := []Pair{{1, 1}, {A: 2}, {}}
	fmt.Println(list)
	ptrs := []*Pair{{5, 6}, {7, 8}}
	fmt.Println(*ptrs[0], ptrs[1].B)
	m := map[string]Pair{"k": {9, 9}}
	fmt.Println(m)
	type local struct {
		x, y float64
		label string
	}
	l := local{1.5, -2, "pt"}
	fmt.Printf("%v %+v\n", l, l)
	fmt.Println(p.private, Address{Zip: 1})
}
