// Generics (a program written to find divergences from Go): sortiface.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type sorter[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (s sorter[T]) Len() int           { return len(s.xs) }
func (s sorter[T]) Less(i, j int) bool { return s.less(s.xs[i], s.xs[j]) }
func (s sorter[T]) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func SortBy[T any](xs []T, less func(a, b T) bool) {
	sort.Stable(sorter[T]{xs, less})
}

func SortByKey[T any, K ~int | ~string | ~float64](xs []T, key func(T) K) {
	SortBy(xs, func(a, b T) bool { return key(a) < key(b) })
}

type Container[T any] interface {
	Add(T)
	All() []T
}

type bag[T any] struct{ items []T }

func (b *bag[T]) Add(x T)  { b.items = append(b.items, x) }
func (b *bag[T]) All() []T { return b.items }

type uniq[T comparable] struct {
	seen  map[T]bool
	items []T
}

func (u *uniq[T]) Add(x T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	if !u.seen[x] {
		u.seen[x] = true
		u.items = append(u.items, x)
	}
}
func (u *uniq[U]) All() []U { return u.items }

func AddAll[T any](c Container[T], xs ...T) Container[T] {
	for _, x := range xs {
		c.Add(x)
	}
	return c
}

type Grid[T any] struct {
	w, h  int
	cells []T
}

func (g Grid[Q]) Size() int        { return g.w * g.h }
func (g *Grid[E]) At(x, y int) *E  { return &g.cells[y*g.w+x] }
func NewGrid[T any](w, h int) *Grid[T] { return &Grid[T]{w, h, make([]T, w*h)} }

type person struct {
	name string
	age  int
}

func main() {
	ps := []person{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 25}}
	SortByKey(ps, func(p person) int { return p.age })
	fmt.Println(ps)
	SortByKey(ps, func(p person) string { return p.name })
	fmt.Println(ps)
	words := strings.Fields("banana Apple cherry apple Banana")
	SortBy(words, func(a, b string) bool { return strings.ToLower(a) < strings.ToLower(b) })
	fmt.Println(words)
	fmt.Println(AddAll[int](&bag[int]{}, 1, 2, 1).All())
	fmt.Println(AddAll[string](&uniq[string]{}, "a", "b", "a").All())
	var c Container[float64] = &uniq[float64]{}
	c.Add(1)
	c.Add(1)
	fmt.Printf("%T %v\n", c, c.All())
	g := NewGrid[rune](3, 2)
	*g.At(1, 1) = 'x'
	*g.At(0, 0) = 'y'
	fmt.Println(g.Size(), string(g.cells[:1]), len(g.cells))
}
