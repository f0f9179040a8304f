// Packages slices and cmp: sorting (equal elements in Go's order), searching, editing.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	fmt.Println(slices.Index(s, 8), slices.Contains(s, 4), slices.Max(s), slices.Min(s))
	i, ok := slices.BinarySearch(s, 5)
	fmt.Println(i, ok)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(people)
	fmt.Println(slices.IndexFunc(people, func(p Person) bool { return p.Age > 30 }))
	t := slices.Clone(s)
	t = slices.Insert(t, 2, 100, 200)
	fmt.Println(t, len(t))
	t = slices.Delete(t, 1, 3)
	fmt.Println(t)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	r := []string{"a", "b", "c"}
	slices.Reverse(r)
	fmt.Println(r, slices.Equal(r, []string{"c", "b", "a"}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 3}, []int{1, 2}))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Repeat([]string{"x", "y"}, 3))
	fmt.Println(slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	f := []float64{3, math.NaN(), 1}
	slices.Sort(f)
	fmt.Println(f, slices.Max([]float64{1, math.NaN()}))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.0), cmp.Or("", "x", "y"), cmp.Or(0, 0))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }))
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 17
	}
	slices.SortFunc(big, func(a, b int) int { return cmp.Compare(a%5, b%5) })
	fmt.Println(big)
	defer func() { fmt.Println(recover()) }()
	slices.Min([]int{})
}
