// Iterators of maps, slices and strings; sync.WaitGroup.Go and sync.OnceValue.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Fib(), 10)))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
	m2 := maps.Clone(m)
	m2["d"] = 4
	fmt.Println(maps.Equal(m, m2), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(slices.Sorted(maps.Keys(m2)))
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  hello   world ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := range 10 {
		wg.Go(func() {
			mu.Lock()
			sum += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("sum", sum)
	get := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(get(), get())
	pairs := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(pairs)
	sortedKeys := slices.SortedFunc(maps.Keys(m), func(a, b string) int { return strings.Compare(b, a) })
	fmt.Println(sortedKeys)
}
