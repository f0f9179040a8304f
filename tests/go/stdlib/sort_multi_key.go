// Tests sort.Slice, sort.SliceStable, sort.Sort with custom Less, sort.Search, multi-key sorting.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 30}}
	p2 := append([]Person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].Age < p2[j].Age })
	fmt.Println(p2)
	p3 := append([]Person(nil), people...)
	sort.Sort(sort.Reverse(ByAge(p3)))
	fmt.Println(p3[0], sort.IsSorted(sort.Reverse(ByAge(p3))))
	sort.Stable(ByAge(p3))
	fmt.Println(p3)
	p4 := append([]Person(nil), people...)
	sort.Slice(p4, func(i, j int) bool {
		if p4[i].Age != p4[j].Age {
			return p4[i].Age > p4[j].Age
		}
		return p4[i].Name < p4[j].Name
	})
	fmt.Println(p4)
	xs := []int{9, 3, 7, 1, 8, 2}
	sort.Ints(xs)
	i := sort.SearchInts(xs, 7)
	j := sort.Search(len(xs), func(k int) bool { return xs[k] >= 5 })
	fmt.Println(xs, i, j, sort.SearchInts(xs, 4), sort.SearchInts(xs, 100))
	words := strings.Fields("banana Apple cherry apple Banana")
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(len(words))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	idx, found := sort.Find(len(xs), func(k int) int { return 3 - xs[len(xs)-1-k] })
	fmt.Println(idx, found)
}
