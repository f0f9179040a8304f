// Generics (a program written to find divergences from Go): mutual.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type NodeC[E any] interface {
	comparable
	Edges() []E
}

type EdgeC[N any] interface {
	comparable
	Nodes() (from, to N)
}

type Graph[N NodeC[E], E EdgeC[N]] struct{ nodes []N }

func New[N NodeC[E], E EdgeC[N]](nodes []N) *Graph[N, E] { return &Graph[N, E]{nodes} }

func (g *Graph[N, E]) Reachable(start N) []N {
	seen := map[N]bool{start: true}
	q := []N{start}
	var out []N
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		out = append(out, n)
		for _, e := range n.Edges() {
			_, to := e.Nodes()
			if !seen[to] {
				seen[to] = true
				q = append(q, to)
			}
		}
	}
	return out
}

type City struct {
	name  string
	roads []*Road
}

func (c *City) Edges() []*Road { return c.roads }

type Road struct{ a, b *City }

func (r *Road) Nodes() (*City, *City) { return r.a, r.b }

type Trie[V any] struct {
	kids map[rune]*Trie[V]
	val  V
	has  bool
}

func (t *Trie[V]) Put(k string, v V) {
	n := t
	for _, r := range k {
		if n.kids == nil {
			n.kids = map[rune]*Trie[V]{}
		}
		c, ok := n.kids[r]
		if !ok {
			c = &Trie[V]{}
			n.kids[r] = c
		}
		n = c
	}
	n.val, n.has = v, true
}

func (t *Trie[V]) Walk(prefix string, f func(string, V)) {
	if t.has {
		f(prefix, t.val)
	}
	var rs []rune
	for r := range t.kids {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	for _, r := range rs {
		t.kids[r].Walk(prefix+string(r), f)
	}
}

func main() {
	a, b, c, d := &City{name: "A"}, &City{name: "B"}, &City{name: "C"}, &City{name: "D"}
	a.roads = []*Road{{a, b}, {a, c}}
	b.roads = []*Road{{b, c}}
	c.roads = []*Road{{c, a}}
	g := New[*City, *Road]([]*City{a, b, c, d})
	var names []string
	for _, n := range g.Reachable(a) {
		names = append(names, n.name)
	}
	fmt.Println(strings.Join(names, ","), len(g.Reachable(d)))
	fmt.Printf("%T\n", g)
	var t Trie[int]
	for i, w := range strings.Fields("tea ten to inn in i tea") {
		t.Put(w, i)
	}
	t.Walk("", func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
}
