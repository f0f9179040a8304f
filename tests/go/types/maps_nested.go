// Tests nested maps, map of slices, and maps of structs (modify via reassignment or pointers).
package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	fmt.Println(graph, len(graph["a"]), graph["z"]["q"])

	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "to", "learn"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	lens := []int{}
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, groups[l])
	}

	stats := map[string]Stats{}
	for _, rec := range []struct {
		k string
		v float64
	}{{"x", 1.5}, {"y", 2}, {"x", 3.5}} {
		s := stats[rec.k]
		s.Count++
		s.Sum += rec.v
		stats[rec.k] = s
	}
	fmt.Println(stats)
	fmt.Printf("%+v\n", stats["x"])

	ptrs := map[string]*Stats{"p": {}}
	ptrs["p"].Count = 5
	ptrs["p"].Sum += 1.25
	fmt.Println(*ptrs["p"])

	sets := map[string]map[int]bool{"evens": {2: true, 4: true}, "odds": {1: true}}
	fmt.Println(sets["evens"][4], sets["odds"][4], sets)
}
