// Tests binary search: sort.Search, sort.SearchInts, sort.SearchStrings and insertion into a sorted slice.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, target := range []int{0, 1, 6, 11, 12} {
		i := sort.SearchInts(xs, target)
		found := i < len(xs) && xs[i] == target
		fmt.Println(target, i, found)
	}
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 8 })
	fmt.Println("first >= 8 at", i, xs[i])
	i = sort.Search(100, func(n int) bool { return n*n > 50 })
	fmt.Println("smallest n with n*n > 50:", i)
	names := []string{"ann", "bob", "dan", "eve"}
	fmt.Println(sort.SearchStrings(names, "carl"), sort.SearchStrings(names, "eve"), sort.SearchStrings(names, "zed"))
	insert := func(s []int, v int) []int {
		i := sort.SearchInts(s, v)
		s = append(s, 0)
		copy(s[i+1:], s[i:])
		s[i] = v
		return s
	}
	var sorted []int
	for _, v := range []int{5, 2, 8, 2, 1, 9} {
		sorted = insert(sorted, v)
	}
	fmt.Println(sorted)
	fmt.Println(sort.SearchFloat64s([]float64{1.5, 2.5}, 2.0))
}
