// Feature group "map": maps printed with fmt (which sorts keys), len, delete, comma-ok,
// nil maps, float keys (NaN, +0/-0), array and struct keys, and iteration only in ways
// whose result does not depend on the order (sums, sorted keys, deleting while ranging).
package progen

import (
	"fmt"
	"strings"
)

var mapFeatures = []Feature{
	{"ops", mapOps},
	{"nil", mapNil},
	{"floatkeys", mapFloatKeys},
	{"compositekeys", mapCompositeKeys},
	{"iterate", mapIterate},
	{"slicevalues", mapSliceValues},
	{"printf", mapPrintf},
}

var mapKeyLits = []string{`"a"`, `"b"`, `"z"`, `""`, `"é"`, `"A"`, `"ab"`, `"b a"`}

func mapOps(f *Func) {
	m := f.Fresh("m")
	intKeys := f.R.Chance(40)
	key := func() string {
		if intKeys {
			return fmt.Sprint(f.R.Range(-5, 5))
		}
		return Pick(f.R, mapKeyLits)
	}
	kt := "string"
	if intKeys {
		kt = "int"
	}
	var init []string
	seen := map[string]bool{}
	for i := f.R.Range(0, 4); i > 0; i-- {
		k := key()
		if !seen[k] { // a duplicate key in a map literal is a compile error
			seen[k] = true
			init = append(init, fmt.Sprintf("%s: %d", k, f.R.Range(0, 9)))
		}
	}
	f.Linef("%s := map[%s]int{%s}", m, kt, strings.Join(init, ", "))
	for i := f.R.Range(2, 6); i > 0; i-- {
		switch f.R.Intn(6) {
		case 0:
			f.Linef("%s[%s] = %d", m, key(), f.R.Range(10, 99))
		case 1:
			f.Linef("%s[%s]++", m, key())
		case 2:
			f.Linef("delete(%s, %s)", m, key())
		case 3:
			v, ok := f.Fresh("v"), f.Fresh("ok")
			f.Linef("%s, %s := %s[%s]", v, ok, m, key())
			f.Println(v, ok)
		case 4:
			f.Linef("%s[%s] += %s[%s] * 2", m, key(), m, key())
		default:
			f.Println(m, "len("+m+")", m+"["+key()+"]")
		}
	}
	f.Println(m, "len("+m+")")
	if f.R.Chance(25) {
		f.Line("clear(" + m + ")")
		f.Println(m, "len("+m+")")
	}
}

func mapNil(f *Func) {
	m := f.Fresh("m")
	f.Linef("var %s map[string]int", m)
	f.Println(m, m+" == nil", "len("+m+")", m+"[\"x\"]")
	f.Linef("delete(%s, \"x\")", m)
	f.Try(func() {
		f.Linef("%s[%s] = 1", m, Pick(f.R, mapKeyLits))
		f.Println(`"not reached"`)
	})
}

func mapFloatKeys(f *Func) {
	mt := f.P.Import("math")
	m := f.Fresh("m")
	f.Linef("%s := map[float64]string{}", m)
	z := f.DeclareVar(Float64, "")
	keys := []string{mt + ".NaN()", mt + ".NaN()", z, "-" + z, "1.5", mt + ".Inf(-1)", "0.1 + 0.2", "0.3"}
	for i := f.R.Range(2, 6); i > 0; i-- {
		k := Pick(f.R, keys)
		v := Pick(f.R, []string{"x", "y", "zero"})
		if k == mt+".NaN()" {
			// NaN keys are all different and sort as equal: fmt prints them in map order,
			// which is random, so every NaN entry gets the same value
			v = "nan"
		}
		f.Linef("%s[%s] = %q", m, k, v)
	}
	f.Println(m, "len("+m+")")
	v, ok := f.Fresh("v"), f.Fresh("ok")
	f.Linef("%s, %s := %s[%s]", v, ok, m, Pick(f.R, keys))
	f.Printf("%q %v", v, ok)
	f.Linef("delete(%s, %s.NaN())", m, mt)
	f.Println("len(" + m + ")")
}

func mapCompositeKeys(f *Func) {
	m := f.Fresh("m")
	if f.R.Chance(50) {
		f.Linef("%s := map[[2]int]string{{1, 2}: \"a\", {-1, 0}: \"b\"}", m)
		f.Linef("%s[[2]int{%d, %d}] = \"c\"", m, f.R.Range(-2, 2), f.R.Range(-2, 2))
		f.Printf("%v %d %#v", m, "len("+m+")", m)
		return
	}
	typ := f.P.Fresh("Key")
	f.P.Decl(fmt.Sprintf("type %s struct {\n\tX int\n\tS string\n}", typ))
	f.Linef("%s := map[%s]bool{{1, \"b\"}: true, {1, \"a\"}: false, {-3, \"z\"}: true}", m, typ)
	f.Linef("%s[%s{%d, %s}] = %v", m, typ, f.R.Range(-3, 3), Pick(f.R, mapKeyLits), f.R.Chance(50))
	f.Printf("%v %+v %d", m, m, "len("+m+")")
}

func mapIterate(f *Func) {
	m := f.Fresh("m")
	f.Linef("%s := map[string]int{}", m)
	i := f.Fresh("i")
	f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(3, 20), i)
	f.Linef("\t%s[string(rune('a'+%s%%7))] += %s", m, i, i)
	f.Line("}")
	sum, keys := f.Fresh("sum"), f.Fresh("keys")
	f.Linef("%s, %s := 0, []string{}", sum, keys)
	k, v := f.Fresh("k"), f.Fresh("v")
	f.Linef("for %s, %s := range %s {", k, v, m)
	f.Linef("\t%s += %s", sum, v)
	f.Linef("\t%s = append(%s, %s)", keys, keys, k)
	if f.R.Chance(40) { // deleting the current entry is allowed and order-independent
		f.Linef("\tdelete(%s, %s)", m, k)
	}
	f.Line("}")
	so := f.P.Import("sort")
	f.Linef("%s.Strings(%s)", so, keys)
	f.Println(sum, keys, "len("+m+")")
}

func mapSliceValues(f *Func) {
	m := f.Fresh("m")
	f.Linef("%s := map[string][]int{}", m)
	for i := f.R.Range(2, 5); i > 0; i-- {
		f.Linef("%s[%s] = append(%s[%s], %d)", m, Pick(f.R, mapKeyLits[:3]), m, Pick(f.R, mapKeyLits[:3]), f.R.Range(0, 9))
	}
	f.Println(m)
	n := f.Fresh("n")
	f.Linef("%s := map[int]map[string]int{1: {\"x\": 1}}", n)
	f.Linef("%s[1][\"y\"] = 2", n)
	f.Linef("%s[2] = %s[1]", n, n)
	f.Linef("%s[2][\"z\"] = 3", n)
	f.Println(n)
}

func mapPrintf(f *Func) {
	m := f.Fresh("m")
	f.Linef("%s := map[int]string{%d: %s, %d: %s, -1: \"neg\"}", m, f.R.Range(2, 5), f.StringLit(), f.R.Range(6, 9), f.StringLit())
	f.PrintfVals([]string{VComposite, VComposite}, []string{m, "map[bool]float64{true: 1.5, false: -0.25}"})
	f.Printf("%v %v", "map[string]any{\"i\": 1, \"s\": \"x\", \"n\": nil, \"f\": 2.5}", "map[rune]bool{'b': true, 'a': false}")
}
