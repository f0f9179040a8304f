// Tests sort.Slice / sort.Sort on data with many equal keys (order of ties depends on the algorithm).
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	k, id int
}

type byK []rec

func (a byK) Len() int           { return len(a) }
func (a byK) Less(i, j int) bool { return a[i].k < a[j].k }
func (a byK) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	for _, n := range []int{5, 13, 40, 100} {
		rs := make([]rec, n)
		for i := range rs {
			rs[i] = rec{(i * 7) % 4, i}
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i].k < rs[j].k })
		ids := []int{}
		for _, r := range rs {
			ids = append(ids, r.id)
		}
		fmt.Println(n, ids)
		rs2 := make([]rec, n)
		for i := range rs2 {
			rs2[i] = rec{(i * 5) % 3, i}
		}
		sort.Sort(byK(rs2))
		ids = ids[:0]
		for _, r := range rs2 {
			ids = append(ids, r.id)
		}
		fmt.Println(n, ids)
	}
	words := []string{"bb", "a", "ccc", "dd", "e", "fff", "gg", "h", "iii", "jj", "k", "lll", "mm", "n", "ooo"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}
