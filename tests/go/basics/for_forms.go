// Tests for loop forms: three-clause, condition-only, infinite, range over slices/arrays/maps/strings/channels.
package main

import (
	"fmt"
	"sort"
)

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("sum", sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n", n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println("k", k)
	arr := [3]string{"x", "y", "z"}
	for i, v := range arr {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	a := [3]int{1, 2, 3}
	for i, v := range a {
		if i == 0 {
			a[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v*v, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var nilMap map[string]int
	for range nilMap {
		fmt.Println("never")
	}
	fmt.Println("done")
}
