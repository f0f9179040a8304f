// Generics (a program written to find divergences from Go): selfref.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Lesser[T any] interface {
	Less(T) bool
}

func SortSlice[T Lesser[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Less(xs[j]) })
}

func MaxOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if m.Less(x) {
			m = x
		}
	}
	return m
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Person struct {
	Name string
	Age  int
}

func (p Person) Less(q Person) bool {
	if p.Age != q.Age {
		return p.Age < q.Age
	}
	return p.Name < q.Name
}

type Cloner[T any] interface {
	Clone() T
}

type Doc struct{ lines []string }

func (d *Doc) Clone() *Doc { return &Doc{append([]string(nil), d.lines...)} }

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

// F-bounded with pointer receiver
type Comparer[T any] interface {
	*T
	Compare(*T) int
}

type Ver struct{ maj, min int }

func (v *Ver) Compare(o *Ver) int {
	if v.maj != o.maj {
		return v.maj - o.maj
	}
	return v.min - o.min
}

func Latest[T any, PT Comparer[T]](vs []T) T {
	best := 0
	for i := range vs {
		if PT(&vs[i]).Compare(&vs[best]) > 0 {
			best = i
		}
	}
	return vs[best]
}

// Heap parameterized by self-referential constraint
type Heap[T Lesser[T]] struct{ data []T }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.data[i].Less(h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, s := 2*i+1, 2*i+2, i
		if l < n && h.data[l].Less(h.data[s]) {
			s = l
		}
		if r < n && h.data[r].Less(h.data[s]) {
			s = r
		}
		if s == i {
			break
		}
		h.data[i], h.data[s] = h.data[s], h.data[i]
		i = s
	}
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

type Word string

func (w Word) Less(o Word) bool { return strings.ToLower(string(w)) < strings.ToLower(string(o)) }

func main() {
	ages := []Age{30, 5, 18}
	SortSlice(ages)
	fmt.Println(ages, MaxOf(ages...))
	ps := []Person{{"bob", 30}, {"al", 30}, {"cy", 2}}
	SortSlice(ps)
	fmt.Println(ps, MaxOf(ps...))
	d := []*Doc{{[]string{"a"}}, {[]string{"b", "c"}}}
	c := CloneAll(d)
	c[0].lines[0] = "changed"
	fmt.Println(d[0].lines, c[0].lines, len(c[1].lines))
	fmt.Println(Latest([]Ver{{1, 2}, {2, 0}, {1, 9}}))
	var h Heap[Word]
	for _, w := range strings.Fields("pear Apple banana cherry apricot Date") {
		h.Push(Word(w))
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	hp := &Heap[Person]{}
	hp.Push(Person{"z", 1})
	hp.Push(Person{"a", 1})
	fmt.Println(hp.Pop().Name)
}
