// Feature group "closure": closures capturing loop variables (Go 1.22 gives each
// iteration its own), closures sharing captured variables, counters, recursion through a
// closure variable, function values in containers, calling a nil func.
package progen

import "fmt"

var closureFeatures = []Feature{
	{"loopvar", closureLoopVar},
	{"loopmodify", closureLoopModify},
	{"shared", closureShared},
	{"counter", closureCounter},
	{"recursive", closureRecursive},
	{"funcvalues", closureFuncValues},
	{"nilfunc", closureNilFunc},
}

func closureLoopVar(f *Func) {
	fs, i := f.Fresh("fs"), f.Fresh("i")
	f.Linef("var %s []func() int", fs)
	k := f.R.Range(1, 9)
	switch f.R.Intn(3) {
	case 0:
		f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(1, 5), i)
	case 1:
		f.Linef("for %s := range %d {", i, f.R.Range(1, 5))
	default:
		f.Linef("for _, %s := range []int{%d, %d, %d} {", i, f.R.Range(0, 9), f.R.Range(0, 9), f.R.Range(0, 9))
	}
	f.Linef("\t%s = append(%s, func() int { return %s * %d })", fs, fs, i, k)
	f.Line("}")
	g := f.Fresh("g")
	f.Linef("for _, %s := range %s {", g, fs)
	f.Printf("%d", g+"()")
	f.Line("}")
	if f.R.Chance(40) {
		ps := f.Fresh("ps")
		f.Linef("var %s []*int", ps)
		f.Linef("for %s := 0; %s < 3; %s++ {", i, i, i)
		f.Linef("\t%s = append(%s, &%s)", ps, ps, i)
		f.Line("}")
		f.Println("*"+ps+"[0]", "*"+ps+"[1]", "*"+ps+"[2]", ps+"[0] == "+ps+"[1]")
	}
}

// closureLoopModify changes the loop variable inside the body: the next iteration starts
// from the changed value, while closures keep the value of their own iteration.
func closureLoopModify(f *Func) {
	fs, i := f.Fresh("fs"), f.Fresh("i")
	f.Linef("var %s []func() int", fs)
	f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(3, 9), i)
	f.Linef("\t%s = append(%s, func() int { %s += 100; return %s })", fs, fs, i, i)
	f.Linef("\tif %s%%2 == 0 {", i)
	f.Linef("\t\t%s++", i)
	f.Line("\t}")
	f.Line("}")
	g := f.Fresh("g")
	f.Linef("for _, %s := range %s {", g, fs)
	f.Println(g+"()", g+"()")
	f.Line("}")
}

func closureShared(f *Func) {
	x := f.DeclareVar(Int, fmt.Sprint(f.R.Range(1, 5)))
	a, b := f.Fresh("mul"), f.Fresh("add")
	f.Linef("%s := func() { %s *= %d }", a, x, f.R.Range(2, 4))
	f.Linef("%s := func(k int) int { %s += k; return %s }", b, x, x)
	f.Line(a + "()")
	f.Println(fmt.Sprintf("%s(%d)", b, f.R.Range(-3, 3)))
	for k := f.R.Range(0, 3); k > 0; k-- {
		if f.R.Chance(50) {
			f.Line(a + "()")
		} else {
			f.Println(fmt.Sprintf("%s(%d)", b, f.R.Range(-3, 3)))
		}
	}
	f.Println(x)
	if f.R.Chance(40) { // a closure called immediately, and one returned from a function literal
		f.Println(fmt.Sprintf("func(a, b int) int { return a*b - %s }(3, 4)", x))
		mk := f.Fresh("mk")
		f.Linef("%s := func(base int) func(int) int { return func(d int) int { base += d; return base } }(%s)", mk, x)
		f.Println(mk+"(1)", mk+"(2)", x)
	}
}

func closureCounter(f *Func) {
	mk := f.Fresh("newCounter")
	f.Linef("%s := func(start, step int) func() int {", mk)
	f.Line("\tn := start")
	f.Line("\treturn func() int {")
	f.Line("\t\tn += step")
	f.Line("\t\treturn n")
	f.Line("\t}")
	f.Line("}")
	c1, c2 := f.Fresh("c"), f.Fresh("c")
	f.Linef("%s, %s := %s(%d, %d), %s(%d, %d)", c1, c2, mk, f.R.Range(0, 9), f.R.Range(1, 3), mk, f.R.Range(-9, 0), f.R.Range(-3, 5))
	calls := []string{c1 + "()", c2 + "()"}
	for k := f.R.Range(1, 4); k > 0; k-- {
		calls = append(calls, Pick(f.R, []string{c1, c2})+"()")
	}
	f.Println(calls...)
}

func closureRecursive(f *Func) {
	fib := f.Fresh("fib")
	f.Linef("var %s func(int) int", fib)
	if f.R.Chance(50) {
		f.Linef("%s = func(n int) int {\n\t\tif n < 2 {\n\t\t\treturn n\n\t\t}\n\t\treturn %s(n-1) + %s(n-2)\n\t}", fib, fib, fib)
		f.Println(fmt.Sprintf("%s(%d)", fib, f.R.Range(0, 20)))
	} else {
		memo := f.Fresh("memo")
		f.Linef("%s := map[int]int{}", memo)
		f.Linef("%s = func(n int) int {\n\t\tif v, ok := %s[n]; ok {\n\t\t\treturn v\n\t\t}\n\t\tr := n\n\t\tif n > 1 {\n\t\t\tr = %s(n/2)*3 + %s(n-1)%%1000\n\t\t}\n\t\t%s[n] = r\n\t\treturn r\n\t}", fib, memo, fib, fib, memo)
		f.Println(fmt.Sprintf("%s(%d)", fib, f.R.Range(0, 60)), "len("+memo+")")
	}
}

func closureFuncValues(f *Func) {
	ops := f.Fresh("ops")
	f.Linef("%s := map[string]func(int, int) int{", ops)
	f.Line("\t\"add\": func(a, b int) int { return a + b },")
	f.Line("\t\"sub\": func(a, b int) int { return a - b },")
	f.Line("\t\"mul\": func(a, b int) int { return a * b },")
	f.Line("}")
	a, b := f.R.Range(-9, 9), f.R.Range(-9, 9)
	f.Println(fmt.Sprintf("%s[\"add\"](%d, %d)", ops, a, b), fmt.Sprintf("%s[\"mul\"](%d, %d)", ops, a, b), ops+"[\"div\"] == nil", "len("+ops+")")
	apply := f.Fresh("apply")
	f.Linef("%s := func(g func(int) int, xs ...int) []int {", apply)
	f.Line("\tout := make([]int, 0, len(xs))")
	f.Line("\tfor _, x := range xs {")
	f.Line("\t\tout = append(out, g(x))")
	f.Line("\t}")
	f.Line("\treturn out")
	f.Line("}")
	f.Println(fmt.Sprintf("%s(func(x int) int { return x * x }, %d, %d, %d)", apply, a, b, a+b), fmt.Sprintf("%s(func(x int) int { return -x })", apply))
	xs := f.Fresh("xs")
	f.Linef("%s := []int{%d, %d}", xs, a, b)
	f.Println(fmt.Sprintf("%s(func(x int) int { return x + 1 }, %s...)", apply, xs))
}

func closureNilFunc(f *Func) {
	f.Try(func() {
		g := f.Fresh("g")
		f.Linef("var %s func(int) int", g)
		f.Println(g+" == nil", g+"(1)")
	})
}
