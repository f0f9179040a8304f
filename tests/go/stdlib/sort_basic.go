// Tests sort.Ints, sort.Strings, sort.Float64s, the IsSorted checks and sorting already-sorted and reversed input.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 9}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, math.Inf(1), 0, math.Inf(-1), 1e-9}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	rev := []int{9, 8, 7, 6, 5, 4, 3, 2, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(rev)))
	fmt.Println(rev)
	sort.Ints(rev)
	fmt.Println(rev)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted([]int{3, 1}))
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	fmt.Println(big[:5], big[195:], sort.IntsAreSorted(big))
}
