// Feature group "slice": slices sharing backing arrays, append into spare capacity versus
// growth (and cap after growth), copy with overlap, 3-index slices, nil versus empty,
// array value semantics and comparison, conversions from slice to array.
package progen

import (
	"fmt"
	"strings"
)

var sliceFeatures = []Feature{
	{"alias", sliceAlias},
	{"nil", sliceNil},
	{"growth", sliceGrowth},
	{"copy", sliceCopy},
	{"bounds", sliceBounds},
	{"array", sliceArray},
	{"range", sliceRange},
	{"nested", sliceNested},
	{"toarray", sliceToArray},
}

// slice is what the generator knows about a slice variable: its length exactly, and its
// capacity until an append may have grown it (growth rounds to allocation size classes).
type slice struct {
	name     string
	len, cap int
	capKnown bool
}

func (f *Func) newIntSlice() *slice {
	name := f.Fresh("s")
	n := f.R.Range(0, 6)
	switch f.R.Intn(3) {
	case 0:
		c := n + f.R.Range(0, 4)
		f.Linef("%s := make([]int, %d, %d)", name, n, c)
		if n > 0 {
			i := f.Fresh("i")
			f.Linef("for %s := range %s {", i, name)
			f.Linef("\t%s[%s] = %s*%d + %d", name, i, i, f.R.Range(1, 10), f.R.Range(0, 9))
			f.Line("}")
		}
		return &slice{name, n, c, true}
	case 1:
		var elems []string
		for i := 0; i < n; i++ {
			elems = append(elems, fmt.Sprint(f.R.Range(-9, 99)))
		}
		f.Linef("%s := []int{%s}", name, strings.Join(elems, ", "))
		return &slice{name, n, n, true}
	default:
		f.Linef("%s := make([]int, %d)", name, n)
		return &slice{name, n, n, true}
	}
}

func (f *Func) appendTo(s *slice, k int) {
	var vals []string
	for i := 0; i < k; i++ {
		vals = append(vals, fmt.Sprint(f.R.Range(100, 999)))
	}
	f.Linef("%s = append(%s, %s)", s.name, s.name, strings.Join(vals, ", "))
	s.len += k
	if s.len > s.cap {
		s.capKnown = false
	}
	if !s.capKnown {
		s.cap = s.len
	}
}

// sub declares a slice expression of s with bounds valid for what is known about s.
func (f *Func) sub(s *slice) *slice {
	limit := s.len
	if s.capKnown {
		limit = s.cap
	}
	lo := f.R.Intn(limit + 1)
	hi := lo + f.R.Intn(limit-lo+1)
	name := f.Fresh("s")
	if f.R.Chance(35) {
		mx := hi + f.R.Intn(limit-hi+1)
		f.Linef("%s := %s[%d:%d:%d]", name, s.name, lo, hi, mx)
		return &slice{name, hi - lo, mx - lo, true}
	}
	f.Linef("%s := %s[%d:%d]", name, s.name, lo, hi)
	return &slice{name, hi - lo, s.cap - lo, s.capKnown}
}

func (f *Func) showSlices(ss ...*slice) {
	var outs []string
	for _, s := range ss {
		outs = append(outs, s.name, "len("+s.name+")", "cap("+s.name+")")
	}
	f.Println(outs...)
}

func sliceAlias(f *Func) {
	base := f.newIntSlice()
	all := []*slice{base}
	for k := f.R.Range(2, 6); k > 0; k-- {
		s := Pick(f.R, all)
		switch f.R.Intn(5) {
		case 0, 1:
			all = append(all, f.sub(s))
		case 2:
			f.appendTo(s, f.R.Range(1, 3))
		case 3:
			if s.len > 0 {
				f.Linef("%s[%d] = %d", s.name, f.R.Intn(s.len), f.R.Range(-99, -1))
			}
		default:
			if s.len > 1 { // delete one element in place
				i := f.R.Intn(s.len - 1)
				f.Linef("%s = append(%s[:%d], %s[%d:]...)", s.name, s.name, i, s.name, i+1)
				s.len--
			}
		}
	}
	f.showSlices(all...)
}

func sliceNil(f *Func) {
	n, e := f.Fresh("s"), f.Fresh("s")
	f.Linef("var %s []int", n)
	f.Linef("%s := []int{}", e)
	f.Println(n+" == nil", e+" == nil", "len("+n+")", "cap("+e+")", n, e)
	f.Printf("%v %#v %#v %d", n, n, e, "len("+n+"[:0])")
	f.Linef("%s = append(%s, %s...)", n, n, e)
	f.Println(n+" == nil", n)
	f.Linef("%s = append(%s, %d)", n, n, f.R.Range(1, 9))
	f.Println(n+" == nil", n, "len("+n+")")
	if f.R.Chance(40) {
		f.Line("clear(" + e + ")")
		f.Linef("%s = %s[:0]", n, n)
		f.Println(n, "cap("+n+") > 0")
	}
}

func sliceGrowth(f *Func) {
	elem := Pick(f.R, []string{"int", "byte", "string", "int32", "[3]int"})
	s := f.Fresh("s")
	f.Linef("var %s []%s", s, elem)
	caps := f.Fresh("caps")
	f.Linef("%s := []int{}", caps)
	i := f.Fresh("i")
	zero := map[string]string{"int": "0", "byte": "0", "string": `""`, "int32": "0", "[3]int": "[3]int{}"}[elem]
	f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(5, 70), i)
	if f.R.Chance(30) {
		f.Linef("\t%s = append(%s, %s, %s)", s, s, zero, zero)
	} else {
		f.Linef("\t%s = append(%s, %s)", s, s, zero)
	}
	f.Linef("\tif len(%s) == 0 || %s[len(%s)-1] != cap(%s) {", caps, caps, caps, s)
	f.Linef("\t\t%s = append(%s, cap(%s))", caps, caps, s)
	f.Line("\t}")
	f.Line("}")
	f.Println("len("+s+")", caps)
	if f.R.Chance(50) { // append many at once: the capacity is computed from the total
		t := f.Fresh("s")
		f.Linef("%s := append([]%s(nil), make([]%s, %d)...)", t, elem, elem, f.R.Range(1, 40))
		f.Linef("%s = append(%s, make([]%s, %d)...)", t, t, elem, f.R.Range(1, 40))
		f.Println("len("+t+")", "cap("+t+")")
	}
}

func sliceCopy(f *Func) {
	s := f.newIntSlice()
	if s.len < 3 {
		f.appendTo(s, 3)
	}
	n := f.Fresh("n")
	switch f.R.Intn(3) {
	case 0:
		f.Linef("%s := copy(%s[1:], %s)", n, s.name, s.name)
	case 1:
		f.Linef("%s := copy(%s, %s[%d:])", n, s.name, s.name, f.R.Intn(s.len))
	default:
		d := f.Fresh("d")
		f.Linef("%s := make([]int, %d)", d, f.R.Range(0, 5))
		f.Linef("%s := copy(%s, %s)", n, d, s.name)
		f.Println(d)
	}
	f.Println(n, s.name)
	if f.R.Chance(40) {
		b := f.Fresh("b")
		f.Linef("%s := make([]byte, %d)", b, f.R.Range(1, 6))
		f.Linef("%s = copy(%s, %s)", n, b, f.StringExpr(1))
		f.Println(n, b, "string("+b+")")
	}
}

func sliceBounds(f *Func) {
	s := f.newIntSlice()
	f.Try(func() {
		k := f.DeclareVar(Int, fmt.Sprint(s.len+f.R.Range(0, 3)))
		switch f.R.Intn(5) {
		case 0:
			f.Println(fmt.Sprintf("%s[%s]", s.name, k))
		case 1:
			f.Println(fmt.Sprintf("%s[:%s]", s.name, k), fmt.Sprintf("%s[%s:]", s.name, k))
		case 2:
			f.Println(fmt.Sprintf("%s[%s:%s-1]", s.name, k, k))
		case 3:
			f.Println(fmt.Sprintf("%s[:%s:%s]", s.name, k, k))
		default:
			f.Linef("%s = -%s", k, k)
			f.Println(fmt.Sprintf("%s[%s]", s.name, k))
		}
	})
	if f.R.Chance(30) {
		f.Try(func() {
			n := f.DeclareVar(Int, Pick(f.R, []string{"-1", "3", "1 << 62"}))
			f.Println(fmt.Sprintf("len(make([]int, %s))", n))
		})
	}
}

func sliceArray(f *Func) {
	n := f.R.Range(1, 5)
	var elems []string
	for i := 0; i < n; i++ {
		elems = append(elems, fmt.Sprint(f.R.Range(-5, 50)))
	}
	a, b := f.Fresh("a"), f.Fresh("b")
	f.Linef("%s := [%d]int{%s}", a, n, strings.Join(elems, ", "))
	f.Linef("%s := %s", b, a)
	f.Linef("%s[%d] = %d", b, f.R.Intn(n), f.R.Range(60, 99))
	f.Println(a, b, a+" == "+b, a+" != "+b, "len("+a+")")
	if f.R.Chance(50) { // a function parameter is a copy too
		f.Linef("func(x [%d]int) { x[0] = -1; _ = x }(%s)", n, a)
		p := f.Fresh("p")
		f.Linef("%s := &%s", p, a)
		f.Linef("%s[%d] = %d", p, n-1, f.R.Range(100, 200))
		f.Println(a, "*"+p, "len("+p+")")
	}
	if f.R.Chance(40) {
		g := f.Fresh("g")
		f.Linef("%s := [...]string{%d: \"x\", \"y\", 1: \"z\"}", g, f.R.Range(2, 4))
		f.Printf("%q %d %v", g, "len("+g+")", g+"[1:]")
	}
	if f.R.Chance(40) {
		m := f.Fresh("m")
		f.Linef("%s := [2][3]int{{1, 2, 3}, {4, 5, 6}}", m)
		f.Linef("%s[1][%d] = %s[0][%d]", m, f.R.Intn(3), m, f.R.Intn(3))
		f.Printf("%v %+v %#v", m, m+"[1]", m+"[0]")
	}
}

func sliceRange(f *Func) {
	s := f.newIntSlice()
	i, v := f.Fresh("i"), f.Fresh("v")
	f.Open(fmt.Sprintf("for %s, %s := range %s {", i, v, s.name))
	f.Linef("%s[%s] = %s * %d", s.name, i, v, f.R.Range(2, 5))
	if f.R.Chance(50) { // the range expression was evaluated once: this does not extend the loop
		f.Linef("if %s == 0 {", i)
		f.Linef("\t%s = append(%s, %d)", s.name, s.name, f.R.Range(1, 9))
		f.Line("}")
	}
	f.Println(i, v)
	f.Close("")
	f.Println(s.name)
	if f.R.Chance(40) {
		arr := f.Fresh("arr")
		f.Linef("%s := [3]int{1, 2, 3}", arr)
		f.Open(fmt.Sprintf("for %s, %s := range %s {", i, v, Pick(f.R, []string{arr, "&" + arr, arr + "[:]"})))
		f.Linef("%s[2] = 10 * %s", arr, i)
		f.Println(i, v)
		f.Close("")
	}
}

func sliceNested(f *Func) {
	g := f.Fresh("grid")
	rows, cols := f.R.Range(1, 3), f.R.Range(1, 3)
	f.Linef("%s := make([][]int, %d)", g, rows)
	row := f.Fresh("row")
	f.Linef("%s := make([]int, %d)", row, cols)
	i := f.Fresh("i")
	f.Linef("for %s := range %s {", i, g)
	if f.R.Chance(50) { // every row the same backing array
		f.Linef("\t%s[%s] = %s", g, i, row)
	} else {
		f.Linef("\t%s[%s] = append([]int(nil), %s...)", g, i, row)
	}
	f.Linef("\t%s[%s][0] = %s + 1", g, i, i)
	f.Line("}")
	f.Println(g, row)
	ss := f.Fresh("words")
	f.Linef("%s := []string{%s, %s}", ss, f.StringLit(), f.StringLit())
	f.Linef("%s = append(%s[:1], %s...)", ss, ss, ss)
	f.Printf("%q %v %d", ss, "len("+ss+")", "cap("+ss+")")
}

func sliceToArray(f *Func) {
	s := f.newIntSlice()
	n := f.R.Range(0, s.len+1)
	f.Try(func() {
		a := f.Fresh("a")
		f.Linef("%s := [%d]int(%s)", a, n, s.name)
		f.Println(a)
		if n > 0 && f.R.Chance(50) {
			p := f.Fresh("p")
			f.Linef("%s := (*[%d]int)(%s)", p, n, s.name)
			f.Linef("%s[0] = %d", p, f.R.Range(50, 99))
			f.Println(s.name, a, "*"+p)
		}
	})
}
