// Tests map insert, lookup, comma-ok, delete, len, zero values and fmt printing with sorted keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	if v, ok := ages["alice"]; ok {
		fmt.Println("alice is", v)
	}
	_, ok := ages["dave"]
	fmt.Println("dave present:", ok)
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", freq[k], " ")
	}
	fmt.Println()
	fmt.Println(freq)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	m2 := make(map[int]string, 100)
	m2[3] = "three"
	m2[-1] = "minus one"
	fmt.Println(m2, len(m2))
	alias := m2
	alias[7] = "seven"
	fmt.Println(len(m2))
	for k := range m2 {
		delete(m2, k)
	}
	fmt.Println(m2, len(alias))
	mb := map[bool]int{true: 1, false: 0}
	mf := map[float64]string{2.5: "b", -1: "a"}
	fmt.Println(mb, mf)
}
