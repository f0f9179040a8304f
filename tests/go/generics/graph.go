// Generics (a program written to find divergences from Go): graph.
package main

import (
	"fmt"
	"sort"
)

type Graph[N comparable] struct {
	adj   map[N][]N
	order []N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N]) AddEdge(a, b N) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], b)
}

func (g *Graph[N]) BFS(start N, visit func(N, int)) {
	dist := map[N]int{start: 0}
	q := []N{start}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		visit(n, dist[n])
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				q = append(q, m)
			}
		}
	}
}

func (g *Graph[N]) TopoSort() ([]N, error) {
	indeg := map[N]int{}
	for _, n := range g.order {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var q, out []N
	for _, n := range g.order {
		if indeg[n] == 0 {
			q = append(q, n)
		}
	}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				q = append(q, m)
			}
		}
	}
	if len(out) != len(g.order) {
		return out, fmt.Errorf("cycle detected: sorted %d of %d nodes", len(out), len(g.order))
	}
	return out, nil
}

type Weighted[N comparable, W ~int | ~float64] struct {
	edges map[N]map[N]W
}

func (g *Weighted[N, W]) Add(a, b N, w W) {
	if g.edges == nil {
		g.edges = map[N]map[N]W{}
	}
	if g.edges[a] == nil {
		g.edges[a] = map[N]W{}
	}
	g.edges[a][b] = w
}

func Dijkstra[N comparable, W ~int | ~float64](g *Weighted[N, W], src N, less func(a, b N) bool) map[N]W {
	dist := map[N]W{src: 0}
	done := map[N]bool{}
	for {
		var best N
		found := false
		var nodes []N
		for n := range dist {
			nodes = append(nodes, n)
		}
		sort.Slice(nodes, func(i, j int) bool { return less(nodes[i], nodes[j]) })
		for _, n := range nodes {
			if done[n] {
				continue
			}
			if !found || dist[n] < dist[best] {
				best, found = n, true
			}
		}
		if !found {
			return dist
		}
		done[best] = true
		for m, w := range g.edges[best] {
			if d, ok := dist[m]; !ok || dist[best]+w < d {
				dist[m] = dist[best] + w
			}
		}
	}
}

type City string

func main() {
	g := NewGraph[string]()
	g.AddEdge("shirt", "tie")
	g.AddEdge("tie", "jacket")
	g.AddEdge("pants", "shoes")
	g.AddEdge("pants", "belt")
	g.AddEdge("belt", "jacket")
	g.AddEdge("socks", "shoes")
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.BFS("pants", func(n string, d int) { fmt.Print(n, "@", d, " ") })
	fmt.Println()
	g.AddEdge("jacket", "shirt")
	order, err = g.TopoSort()
	fmt.Println(order, err)
	gi := NewGraph[int]()
	for i := 1; i < 6; i++ {
		gi.AddEdge(i, i*2%7)
	}
	gi.BFS(1, func(n, d int) { fmt.Print(n, ":", d, " ") })
	fmt.Println()
	var w Weighted[City, float64]
	w.Add("A", "B", 1.5)
	w.Add("B", "C", 2)
	w.Add("A", "C", 4)
	w.Add("C", "D", 0.5)
	d := Dijkstra(&w, "A", func(a, b City) bool { return a < b })
	var ks []string
	for k := range d {
		ks = append(ks, string(k))
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%s=%.1f ", k, d[City(k)])
	}
	fmt.Println()
}
