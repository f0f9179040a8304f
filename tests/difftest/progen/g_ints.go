// Feature group "int": integer arithmetic of every size, wraparound, conversions, shifts
// by constant and variable counts, division of negative numbers and by a variable zero.
package progen

import (
	"fmt"
	"strings"
)

var intFeatures = []Feature{
	{"decls", intDecls},
	{"expr", intExprs},
	{"compound", intCompound},
	{"convert", intConvert},
	{"divmod", intDivMod},
	{"shift", intShift},
	{"divzero", intDivZero},
	{"overflow", intOverflow},
	{"compare", intCompare},
	{"printf", intPrintf},
	{"loop", intLoop},
	{"negshift", intNegShift},
}

func intDecls(f *Func) {
	for i := f.R.Range(2, 4); i > 0; i-- {
		t := Pick(f.R, IntTypes)
		switch f.R.Intn(4) {
		case 0:
			f.DeclareVar(t, f.IntText(f.IntValue(t)))
		case 1:
			f.DeclareVar(t, "")
		default:
			lit, _ := f.IntLit(t)
			f.Declare(t, lit)
		}
	}
}

func intExprs(f *Func) {
	f.EnsureInts()
	for i := f.R.Range(1, 3); i > 0; i-- {
		t := Pick(f.R, IntTypes)
		v := f.Declare(t, f.IntExprNC(t, f.R.Range(1, 4)))
		if f.R.Chance(40) {
			f.PrintfVals([]string{VInt}, []string{v})
		}
	}
}

func intCompound(f *Func) {
	f.EnsureInts()
	v := Pick(f.R, f.Vars(isInt))
	for i := f.R.Range(1, 4); i > 0; i-- {
		switch f.R.Intn(6) {
		case 0:
			f.Linef("%s%s", v.Name, Pick(f.R, []string{"++", "--"}))
		case 1:
			f.Linef("%s %s= %s", v.Name, Pick(f.R, []string{"/", "%"}), f.Divisor(v.T, 2).s)
		case 2:
			f.Linef("%s %s= %s", v.Name, Pick(f.R, []string{"<<", ">>"}), f.ShiftCount())
		default:
			f.Linef("%s %s= %s", v.Name, Pick(f.R, []string{"+", "-", "*", "&", "|", "^", "&^"}), f.IntExpr(v.T, 2))
		}
		f.Println(v.Name)
	}
}

func intConvert(f *Func) {
	f.EnsureInts()
	name := f.Declare(Int64, "int64("+f.IntExprNC(Pick(f.R, IntTypes), 2)+")")
	var conv []string
	for _, t := range IntTypes {
		if f.R.Chance(60) {
			conv = append(conv, fmt.Sprintf("%s(%s)", t.Name, name))
		}
	}
	if len(conv) == 0 {
		conv = append(conv, "uint8("+name+")")
	}
	f.Println(conv...)
	if f.R.Chance(30) { // back and forth through a narrower type
		t, u := Pick(f.R, IntTypes), Pick(f.R, IntTypes)
		f.Println(fmt.Sprintf("%s(%s(%s))", u.Name, t.Name, name), fmt.Sprintf("%s(%s(-%s))", t.Name, u.Name, name))
	}
	if f.R.Chance(25) {
		f.Printf(strings.Repeat("%T ", 3), "byte(1)", "rune(1)", fmt.Sprintf("uintptr(%s)", name))
	}
}

func intDivMod(f *Func) {
	t := Pick(f.R, []*Scalar{Int8, Int16, Int32, Int64, Int})
	a := f.DeclareVar(t, f.IntText(f.IntValue(t)))
	b := f.DeclareVar(t, Pick(f.R, []string{"-1", "1", "-2", "3", "-7", "10", "-128"}))
	if t == Int8 && f.R.Chance(50) {
		f.Linef("%s = %s(-128)", a, t.Name)
	}
	f.Linef("if %s != 0 {", b)
	f.indent++
	f.Println(a+"/"+b, a+"%"+b, "-"+a+"/"+b, a+"%-"+b, "(-"+a+")%"+b)
	f.indent--
	f.Line("}")
	for _, u := range []*Scalar{Uint8, Uint32, Uint64} {
		if f.R.Chance(30) {
			f.Println(fmt.Sprintf("%s(%s) / (%s(%s) | 1)", u.Name, a, u.Name, b), fmt.Sprintf("%s(%s) %% (%s(%s) | 1)", u.Name, a, u.Name, b))
		}
	}
}

func intShift(f *Func) {
	f.EnsureInts()
	st := Pick(f.R, []*Scalar{Uint, Uint8, Uint32, Uint64, Uintptr, Int, Int8})
	s := f.DeclareVar(st, fmt.Sprint(Pick(f.R, []int{0, 1, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 127})))
	var outs []string
	for i := f.R.Range(2, 4); i > 0; i-- {
		t := Pick(f.R, IntTypes)
		x := f.intVar(t).s
		outs = append(outs, fmt.Sprintf("%s << %s", x, s), fmt.Sprintf("%s >> %s", x, s))
	}
	f.Println(outs...)
	t := Pick(f.R, IntTypes)
	lit, _ := f.IntLit(t)
	x := f.Declare(t, lit)
	f.Linef("%s >>= %s", x, s)
	f.Println(fmt.Sprintf("%s(1) << %s", t.Name, s), fmt.Sprintf("%s(-1) >> %s", Pick(f.R, []string{"int8", "int32", "int64", "int"}), s))
}

func intDivZero(f *Func) {
	f.EnsureInts()
	t := Pick(f.R, IntTypes)
	x := f.intVar(t).s
	f.Try(func() {
		z := f.DeclareVar(t, "0")
		if f.R.Chance(30) {
			f.Println(fmt.Sprintf("%s %% %s", x, z))
		} else {
			f.Println(fmt.Sprintf("%s / %s", x, z))
		}
		f.Println(`"not reached"`)
	})
}

func intOverflow(f *Func) {
	t := Pick(f.R, IntTypes)
	hi := f.DeclareVar(t, t.Max().String())
	lo := f.DeclareVar(t, t.Min().String())
	f.Linef("%s++", hi)
	f.Linef("%s--", lo)
	f.Println(hi, lo)
	m := f.Declare(t, hi+" - 1")
	mults := []string{"2", "3", "127", m}
	if t.Signed {
		mults = append(mults, "-1")
	}
	if t.Bits > 8 || !t.Signed {
		mults = append(mults, "255")
	}
	f.Linef("%s *= %s", m, Pick(f.R, mults))
	if t.Signed {
		f.Println("-"+lo, lo+" * -1", fmt.Sprintf("%s / %s(-%s+%s)", lo, t.Name, hi, lo))
	}
}

func intCompare(f *Func) {
	var bs []string
	for i := f.R.Range(1, 4); i > 0; i-- {
		bs = append(bs, f.BoolExpr(2))
	}
	f.Println(bs...)
}

func intPrintf(f *Func) {
	f.EnsureInts()
	var cats, vals []string
	for i := f.R.Range(1, 4); i > 0; i-- {
		cats = append(cats, VInt)
		vals = append(vals, f.IntExpr(Pick(f.R, IntTypes), 2))
	}
	f.PrintfVals(cats, vals)
}

func intLoop(f *Func) {
	t := Pick(f.R, IntTypes)
	lit, _ := f.IntLit(t)
	acc := f.Declare(t, lit)
	n := f.R.Range(3, 40)
	i := f.Fresh("i")
	if f.R.Chance(50) {
		f.Open(fmt.Sprintf("for %s := range %d {", i, n))
	} else {
		f.Open(fmt.Sprintf("for %s := 0; %s < %d; %s++ {", i, i, n, i))
	}
	f.Linef("%s = %s*%s + %s(%s)", acc, acc, Pick(f.R, []string{"31", "3", "7", "127", "5"}), t.Name, i)
	if f.R.Chance(40) {
		f.Linef("%s ^= %s >> %s", acc, acc, Pick(f.R, []string{"3", "5", "7"}))
	}
	f.Close("")
	f.Println(acc)
}

func intNegShift(f *Func) {
	t := Pick(f.R, []*Scalar{Int, Int8, Int32, Int64})
	f.Try(func() {
		s := f.DeclareVar(t, Pick(f.R, []string{"-1", "-8", "-64"}))
		f.Println(fmt.Sprintf("1 << %s", s))
	})
}
