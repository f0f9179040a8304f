// Generics (a program written to find divergences from Go): iface targs.
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }

type Circ struct{ r float64 }

func (c *Circ) Area() float64 { return 3 * c.r * c.r }
func (c *Circ) Name() string   { return "circ" }

func Largest[T Shape](xs []T) T {
	var best T
	for i, x := range xs {
		if i == 0 || x.Area() > best.Area() {
			best = x
		}
	}
	return best
}

func Names[T interface{ Name() string }](xs ...T) string {
	var ns []string
	for _, x := range xs {
		ns = append(ns, x.Name())
	}
	return strings.Join(ns, ",")
}

func CountBy[T any, K comparable](xs []T, key func(T) K) map[K]int {
	m := map[K]int{}
	for _, x := range xs {
		m[key(x)]++
	}
	return m
}

func Set[K comparable](ks ...K) map[K]bool {
	m := map[K]bool{}
	for _, k := range ks {
		m[k] = true
	}
	return m
}

func main() {
	shapes := []Shape{Sq{2}, &Circ{1}, Sq{1}}
	l := Largest(shapes)
	fmt.Printf("%T %v\n", l, l.Area())
	fmt.Println(Largest([]Sq{{1}, {3}, {2}}))
	fmt.Println(Largest([]*Circ{{1}, {0.5}}).r)
	fmt.Println(Names(shapes...), Names(Sq{}, Sq{}))
	var stringers []fmt.Stringer
	fmt.Println(Names[Shape]() == "", len(stringers))
	cnt := CountBy(shapes, func(s Shape) string { return s.Name() })
	fmt.Println(cnt)
	ck := CountBy([]any{1, "a", 1, 2.0, "a"}, func(x any) any { return x })
	fmt.Println(len(ck), ck[1], ck["a"], ck[2.0])
	s := Set[any](1, "x", Sq{1})
	fmt.Println(len(s), s[Sq{1}], s[Sq{2}])
	defer func() { fmt.Println("recovered:", recover()) }()
	Set[any]([]int{1})
}
