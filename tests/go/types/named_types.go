// Tests named types over slices, maps and functions with methods, conversions and type identity.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] > l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Miles float64
type Km float64

func (m Miles) ToKm() Km { return Km(m * 1.609344) }

type Alias = IntList

func main() {
	l := IntList{3, 1, 2}
	fmt.Println(l.Sum(), len(l), l[0])
	sort.Sort(l)
	fmt.Println(l)
	raw := []int(l)
	raw[0] = 100
	fmt.Println(l, IntList([]int{1, 2}).Sum())
	s := Set{}
	s.Add("b").Add("a").Add("b")
	fmt.Println(s.Keys(), len(s))
	up := Handler(strings.ToUpper)
	ex := Handler(func(s string) string { return s + "!" })
	fmt.Println(up.Twice("go"), ex.Twice("hi"))
	fmt.Printf("%.2f %T\n", Miles(10).ToKm(), Miles(10).ToKm())
	var a Alias = l
	fmt.Printf("%T %d\n", a, a.Sum())
	type Local IntList
	loc := Local(l)
	fmt.Printf("%T %v\n", loc, loc)
}
