// Tests Stable/SliceStable with multi-key Less, Reverse, Search/Find and typed slices.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Sal  int
}

type byDeptSal []Emp

func (b byDeptSal) Len() int      { return len(b) }
func (b byDeptSal) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byDeptSal) Less(i, j int) bool {
	if b[i].Dept != b[j].Dept {
		return b[i].Dept < b[j].Dept
	}
	return b[i].Sal > b[j].Sal
}

func main() {
	es := []Emp{{"a", "eng", 100}, {"b", "ops", 90}, {"c", "eng", 120}, {"d", "ops", 90}, {"e", "eng", 100}, {"f", "hr", 50}}
	sort.Stable(byDeptSal(es))
	fmt.Println(es)
	sort.Sort(sort.Reverse(byDeptSal(es)))
	fmt.Println(sort.IsSorted(sort.Reverse(byDeptSal(es))))
	sort.SliceStable(es, func(i, j int) bool { return es[i].Name < es[j].Name })
	fmt.Println(es)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Ints(ints)
	i := sort.SearchInts(ints, 4)
	j := sort.Search(len(ints), func(k int) bool { return ints[k] >= 8 })
	fmt.Println(i, j, sort.SearchInts(ints, 100))
	idx, found := sort.Find(len(ints), func(k int) int { return 5 - ints[k] })
	fmt.Println(idx, found)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1))
	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), sort.StringsAreSorted(ss))
	big := make([]int, 1000)
	for k := range big {
		big[k] = (k * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for k := range big {
		if big[k] != k {
			ok = false
		}
	}
	fmt.Println(ok)
}
