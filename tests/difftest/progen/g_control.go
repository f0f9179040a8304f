// Feature group "control": Csmith-style random statements over the integer variables in
// scope (nested if/else, bounded loops with break/continue, labels, switch with
// fallthrough); the variables are printed at the end, so every path taken shows.
package progen

import (
	"fmt"
	"strconv"
)

var controlFeatures = []Feature{
	{"stmts", controlStmts},
	{"labels", controlLabels},
	{"switch", controlSwitch},
}

func controlStmts(f *Func) {
	f.EnsureInts()
	f.randomStmts(2, f.R.Range(2, 5))
	for _, v := range f.Vars(isInt) {
		if f.R.Chance(50) {
			f.Println(v.Name)
		}
	}
}

// randomStmts emits n statements nested at most depth deep.
func (f *Func) randomStmts(depth, n int) {
	for ; n > 0; n-- {
		vs := f.Vars(isInt)
		v := Pick(f.R, vs)
		k := f.R.Intn(10)
		if depth <= 0 {
			k = f.R.Intn(3)
		}
		switch k {
		case 0:
			f.Linef("%s = %s", v.Name, f.IntExpr(v.T, 2))
		case 1:
			f.Linef("%s %s= %s", v.Name, Pick(f.R, []string{"+", "-", "^", "|", "&"}), f.IntExpr(v.T, 1))
		case 2:
			f.Linef("%s++", v.Name)
		case 3, 4:
			f.Open(fmt.Sprintf("if %s {", f.BoolExpr(1)))
			f.randomStmts(depth-1, f.R.Range(1, 3))
			if f.R.Chance(50) {
				f.Else("} else {")
				f.randomStmts(depth-1, f.R.Range(1, 2))
			}
			f.Close("")
		case 5, 6:
			i := f.Fresh("i")
			f.Open(fmt.Sprintf("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(1, 6), i))
			if f.R.Chance(40) {
				f.Linef("if %s%%%d == %d {", i, f.R.Range(2, 3), f.R.Range(0, 1))
				f.Linef("\t%s", Pick(f.R, []string{"continue", "break"}))
				f.Line("}")
			}
			f.Linef("%s += %s(%s)", v.Name, v.T.Name, i)
			f.randomStmts(depth-1, f.R.Range(1, 2))
			f.Close("")
		case 7:
			f.Open(fmt.Sprintf("switch %s %% 4 {", f.IntExprNC(Int, 1)))
			f.Clause("case 0, -1:", f.R.Chance(40), func() { f.randomStmts(depth-1, 1) })
			f.Clause("case 1, -2:", false, func() { f.randomStmts(depth-1, 1) })
			f.Clause("default:", false, func() { f.randomStmts(depth-1, 1) })
			f.Close("")
		case 8:
			f.Println(v.Name)
		default:
			w := Pick(f.R, vs)
			f.Linef("%s, %s = %s(%s), %s(%s)", v.Name, w.Name, v.T.Name, w.Name, w.T.Name, v.Name)
		}
	}
}

func controlLabels(f *Func) {
	f.EnsureInts()
	v := Pick(f.R, f.Vars(isInt))
	outer, i, j := f.Fresh("outer"), f.Fresh("i"), f.Fresh("j")
	n := f.Declare(Int, "0")
	f.Linef("%s:", outer)
	f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(2, 5), i)
	f.Linef("\tfor %s := 0; %s < %d; %s++ {", j, j, f.R.Range(2, 5), j)
	f.Linef("\t\tif %s == %s+%d {", j, i, f.R.Range(0, 2))
	f.Linef("\t\t\tcontinue %s", outer)
	f.Line("\t\t}")
	f.Linef("\t\tif %s*%s > %d {", i, j, f.R.Range(2, 8))
	f.Linef("\t\t\tbreak %s", outer)
	f.Line("\t\t}")
	f.Linef("\t\t%s += %s*10 + %s", n, i, j)
	f.Linef("\t\t%s ^= %s(%s)", v.Name, v.T.Name, j)
	f.Line("\t}")
	f.Line("}")
	f.Println(n, v.Name)
	// break inside a switch inside a loop leaves only the switch
	k := f.Declare(Int, "0")
	f.Linef("for %s := range %d {", i, f.R.Range(2, 6))
	f.Linef("\tswitch %s %% 3 {", i)
	f.Line("\tcase 1:")
	f.Line("\t\tbreak")
	f.Line("\tcase 2:")
	f.Linef("\t\t%s += 100", k)
	f.Line("\t}")
	f.Linef("\t%s++", k)
	f.Line("}")
	sel := f.Fresh("loop")
	ch := f.Fresh("ch")
	f.Linef("%s := make(chan int, 3)", ch)
	f.Linef("%s <- 1\n\t%s <- 2\n\t%s <- 3\n\tclose(%s)", ch, ch, ch, ch)
	f.Linef("%s:", sel)
	f.Line("for {")
	f.Line("\tselect {")
	f.Linef("\tcase x, ok := <-%s:", ch)
	f.Line("\t\tif !ok {")
	f.Linef("\t\t\tbreak %s", sel)
	f.Line("\t\t}")
	f.Linef("\t\t%s += x", k)
	f.Line("\t}")
	f.Line("}")
	f.Println(k)
}

func controlSwitch(f *Func) {
	f.EnsureInts()
	v := Pick(f.R, f.Vars(isInt))
	r := f.Declare(String, `""`)
	f.Linef("switch x := %s; {", f.IntExprNC(v.T, 1))
	f.Linef("case x > %s:", f.IntExpr(v.T, 0))
	f.Linef("\t%s += \"big \"", r)
	f.Line("\tfallthrough")
	f.Linef("case x%%2 == 0:")
	f.Linef("\t%s += \"even-or-fell \"", r)
	f.Line("case x < 0:")
	f.Linef("\t%s += \"negative \"", r)
	f.Line("default:")
	f.Linef("\t%s += fmt.Sprint(x)", r)
	f.P.Import("fmt")
	f.Line("}")
	s := f.StringExpr(1)
	f.Linef("switch %s {", s)
	a, b := f.distinctStringLits()
	f.Linef("case %s, %s:", a, b)
	f.Linef("\t%s += \"lit\"", r)
	f.Line("case \"\":")
	f.Linef("\t%s += \"empty\"", r)
	f.Line("}")
	f.Linef("switch {\n\tcase %s:\n\t\t%s += \"A\"\n\tcase %s:\n\t\t%s += \"B\"\n\t}", f.BoolExpr(1), r, f.BoolExpr(1), r)
	_ = fmt.Sprint
}

// distinctStringLits returns two literals of different, non-empty values (duplicate
// constant cases do not compile, and "" has its own case).
func (f *Func) distinctStringLits() (string, string) {
	for {
		a, b := f.StringLit(), f.StringLit()
		va, _ := strconv.Unquote(a)
		vb, _ := strconv.Unquote(b)
		if va != vb && va != "" && vb != "" {
			return a, b
		}
	}
}
