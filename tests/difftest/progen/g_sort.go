// Feature group "sort": the sort package on ints, strings and floats (NaN sorts first),
// sort.Slice with ties (not stable: the order of equal elements is the algorithm's, but
// deterministic), sort.SliceStable, binary search, sort.Reverse.
package progen

import (
	"fmt"
	"strings"
)

var sortFeatures = []Feature{
	{"basic", sortBasic},
	{"ties", sortTies},
	{"search", sortSearch},
}

func (f *Func) intSliceLit(n int) string {
	var elems []string
	for i := 0; i < n; i++ {
		elems = append(elems, fmt.Sprint(f.R.Range(-20, 20)))
	}
	return "[]int{" + strings.Join(elems, ", ") + "}"
}

func sortBasic(f *Func) {
	so := f.P.Import("sort")
	s := f.Fresh("s")
	f.Linef("%s := %s", s, f.intSliceLit(f.R.Range(0, 15)))
	switch f.R.Intn(3) {
	case 0:
		f.Linef("%s.Ints(%s)", so, s)
	case 1:
		f.Linef("%s.Sort(%s.Reverse(%s.IntSlice(%s)))", so, so, so, s)
	default:
		f.Linef("%s.Slice(%s, func(i, j int) bool { return %s[i] > %s[j] })", so, s, s, s)
	}
	f.Println(s, so+".IntsAreSorted("+s+")")
	w := f.Fresh("w")
	f.Linef("%s := []string{%s, %s, %s, %s}", w, f.StringLit(), f.StringLit(), f.StringLit(), f.StringLit())
	f.Linef("%s.Strings(%s)", so, w)
	f.Printf("%q", w)
	if f.R.Chance(50) {
		m := f.P.Import("math")
		x := f.Fresh("x")
		f.Linef("%s := []float64{2.5, %s.NaN(), -1, %s.Inf(1), 0, %s.Inf(-1), %s.NaN(), -0.5}", x, m, m, m, m)
		f.Linef("%s.Float64s(%s)", so, x)
		f.Println(x)
	}
}

func sortTies(f *Func) {
	so := f.P.Import("sort")
	typ := f.P.Fresh("Pair")
	f.P.Decl(fmt.Sprintf("type %s struct {\n\tKey int\n\tName string\n}", typ))
	s := f.Fresh("ps")
	var elems []string
	for i := f.R.Range(2, 14); i > 0; i-- {
		elems = append(elems, fmt.Sprintf("{%d, %q}", f.R.Range(0, 3), string(rune('a'+i))))
	}
	f.Linef("%s := []%s{%s}", s, typ, strings.Join(elems, ", "))
	cp := f.Fresh("cp")
	f.Linef("%s := append([]%s(nil), %s...)", cp, typ, s)
	f.Linef("%s.SliceStable(%s, func(i, j int) bool { return %s[i].Key < %s[j].Key })", so, s, s, s)
	f.Linef("%s.Slice(%s, func(i, j int) bool { return %s[i].Key < %s[j].Key })", so, cp, cp, cp)
	f.Println(s)
	f.Println(cp)
}

func sortSearch(f *Func) {
	so := f.P.Import("sort")
	s := f.Fresh("s")
	f.Linef("%s := %s", s, f.intSliceLit(f.R.Range(0, 10)))
	f.Linef("%s.Ints(%s)", so, s)
	x := f.R.Range(-20, 20)
	f.Println(fmt.Sprintf("%s.SearchInts(%s, %d)", so, s, x), fmt.Sprintf("%s.Search(len(%s), func(i int) bool { return %s[i] >= %d })", so, s, s, x))
	i, found := f.Fresh("i"), f.Fresh("found")
	f.Linef("%s, %s := %s.Find(len(%s), func(i int) int { return %d - %s[i] })", i, found, so, s, x, s)
	f.Println(i, found)
}
