// Feature group "float": float32/float64 arithmetic and rounding, NaN, infinities and
// negative zero, conversions to and from integers (only in range: out-of-range float to
// integer conversions are implementation-defined), fmt verbs and strconv on floats.
package progen

import "fmt"

var floatFeatures = []Feature{
	{"decls", floatDecls},
	{"expr", floatExprs},
	{"printf", floatPrintf},
	{"convert", floatConvert},
	{"compare", floatCompare},
	{"strconv", floatStrconv},
	{"accumulate", floatAccumulate},
	{"bits", floatBits},
	{"special", floatSpecial},
	{"minmax", floatMinMax},
	{"nancomposite", floatNaNComposite},
}

func floatDecls(f *Func) {
	m := f.P.Import("math")
	for i := f.R.Range(1, 3); i > 0; i-- {
		t := Pick(f.R, FloatTypes)
		switch f.R.Intn(6) {
		case 0:
			f.Declare(t, fmt.Sprintf("%s(%s.%s)", t.Name, m, Pick(f.R, []string{"Inf(1)", "Inf(-1)", "NaN()", "Copysign(0, -1)", "Pi", "E", "SmallestNonzeroFloat32", "MaxFloat32"})))
		case 1:
			if t == Float64 {
				f.Declare(t, m+"."+Pick(f.R, []string{"MaxFloat64", "SmallestNonzeroFloat64", "Sqrt2", "Phi"}))
			} else {
				f.DeclareVar(t, "")
			}
		case 2:
			f.DeclareVar(t, f.FloatText(t))
		default:
			f.Declare(t, f.FloatLit(t))
		}
	}
	if f.R.Chance(30) { // negating a variable zero gives -0; the constant -0.0 is just 0
		z := f.Declare(Float64, "0.0")
		f.Declare(Float64, "-"+z)
	}
}

func floatExprs(f *Func) {
	for i := f.R.Range(1, 3); i > 0; i-- {
		t := Pick(f.R, FloatTypes)
		f.Declare(t, f.FloatExpr(t, f.R.Range(1, 3)))
	}
}

func floatPrintf(f *Func) {
	f.EnsureFloats()
	var cats, vals []string
	for i := f.R.Range(1, 4); i > 0; i-- {
		cats = append(cats, VFloat)
		vals = append(vals, f.FloatExpr(Pick(f.R, FloatTypes), 1))
	}
	f.PrintfVals(cats, vals)
}

func floatConvert(f *Func) {
	f.EnsureFloats()
	x := f.Declare(Float64, f.FloatExpr(Float64, 2))
	f.Linef("if %s > -9.2e18 && %s < 9.2e18 {", x, x)
	f.indent++
	f.Println("int64("+x+")", "int32(int64("+x+"))", "uint8(int64("+x+"))")
	f.indent--
	f.Line("} else {")
	f.indent++
	f.Println(`"out of int64 range"`, x)
	f.indent--
	f.Line("}")
	if f.R.Chance(50) {
		f.Linef("if %s >= 0 && %s < 1.8e19 {", x, x)
		f.indent++
		f.Println("uint64(" + x + ")")
		f.indent--
		f.Line("}")
	}
	f.EnsureInts()
	iv := Pick(f.R, f.Vars(isInt)).Name
	f.Println("float32("+iv+")", "float64("+iv+")", "float32(float64("+iv+"))", "float64(float32("+iv+"))")
	f.Println(fmt.Sprintf("float32(%s) == float32(%s+1)", "int64("+iv+")", "int64("+iv+")"))
}

func floatCompare(f *Func) {
	f.EnsureFloats()
	m := f.P.Import("math")
	t := Pick(f.R, FloatTypes)
	a, b := f.floatVar(t).s, f.FloatExpr(t, 1)
	f.Println(a+" == "+a, a+" != "+a, a+" < "+b, a+" >= "+b, a+" == "+b)
	x := "float64(" + a + ")"
	f.Println(m+".IsNaN("+x+")", m+".IsInf("+x+", 0)", m+".Signbit("+x+")", m+".IsInf("+x+", -1)")
}

var floatStrings = []string{
	"1.5", "1e400", "-1e400", "1e-400", "0x1p-2", "inf", "-Inf", "NaN", "nan", "1_000.5", "  1.5",
	"1.5e", ".5", "5.", "+3", "0.1", "3.4028235e38", "3.5e38", "1e-46", "123456789.987654321",
	"0x1.fffffffffffffp1023", "", "1,5", "9007199254740993",
}

func floatStrconv(f *Func) {
	f.EnsureFloats()
	sc := f.P.Import("strconv")
	t := Pick(f.R, FloatTypes)
	x := f.floatVar(t).s
	bits := 64
	if t == Float32 && f.R.Chance(70) {
		bits = 32
	}
	var outs []string
	for i := f.R.Range(1, 3); i > 0; i-- {
		outs = append(outs, fmt.Sprintf("%s.FormatFloat(float64(%s), '%c', %d, %d)", sc, x, Pick(f.R, []rune("eEfgGxXb")), f.R.Range(-1, 8), bits))
	}
	f.Println(outs...)
	v, err := f.Fresh("v"), f.Fresh("err")
	f.Linef("%s, %s := %s.ParseFloat(%q, %d)", v, err, sc, Pick(f.R, floatStrings), Pick(f.R, []int{32, 64}))
	f.Println(v, err)
	if f.R.Chance(40) {
		f.Println(fmt.Sprintf("%s.AppendFloat([]byte(\"x=\"), float64(%s), 'g', -1, 64)", sc, x))
	}
}

func floatAccumulate(f *Func) {
	t := Pick(f.R, FloatTypes)
	acc := f.DeclareVar(t, "")
	step := f.DeclareVar(t, Pick(f.R, []string{"0.1", "0.01", "1.1", "1e-8", "3", "0.7"}))
	i := f.Fresh("i")
	f.Open(fmt.Sprintf("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(3, 30), i))
	switch f.R.Intn(3) {
	case 0:
		f.Linef("%s += %s", acc, step)
	case 1:
		f.Linef("%s = %s*%s + %s", acc, acc, Pick(f.R, []string{"1.5", "0.5", "-1.25", "2"}), step)
	default:
		f.Linef("%s += %s * %s(%s)", acc, step, t.Name, i)
	}
	f.Close("")
	f.Println(acc, "float64("+acc+")", acc+" == "+acc+"+"+step)
}

func floatBits(f *Func) {
	f.EnsureFloats()
	m := f.P.Import("math")
	x := f.floatVar(Float64).s
	y := f.floatVar(Float32).s
	f.Printf("%x %016X %x %b", m+".Float64bits("+x+")", m+".Float64bits("+x+")", m+".Float32bits("+y+")", m+".Float32bits("+y+")")
	f.Println(m+".Float64frombits("+Pick(f.R, []string{"0x7ff8000000000001", "0x8000000000000000", "1", "0x3ff0000000000001", "0xfff0000000000000"})+")", m+".Float32frombits("+Pick(f.R, []string{"0x7fc00001", "0x80000000", "1", "0x3f800001", "0xff800000"})+")")
}

func floatSpecial(f *Func) {
	m := f.P.Import("math")
	z := f.DeclareVar(Float64, "")
	n := f.Declare(Float64, "-"+z)
	one := f.DeclareVar(Float64, "1")
	calls := []string{
		m + ".Sqrt(-" + one + ")", m + ".Log(" + z + ")", m + ".Pow(" + z + ", -1)", m + ".Mod(" + one + ", " + z + ")",
		m + ".Max(" + m + ".NaN(), " + one + ")", m + ".Min(" + n + ", " + z + ")", m + ".Floor(-0.5*" + one + ")",
		m + ".Round(-2.5*" + one + ")", m + ".RoundToEven(2.5*" + one + ")", m + ".Trunc(-" + one + "/3)",
		one + "/" + z, n + "/" + one, z + "/" + z, m + ".Inf(1) - " + m + ".Inf(1)", m + ".Copysign(3, " + n + ")",
		"1/" + n, m + ".Atan2(" + z + ", " + n + ")", m + ".Hypot(" + m + ".Inf(-1), " + m + ".NaN())",
		m + ".Ceil(-0.25*" + one + ")", m + ".Abs(" + n + ")", m + ".Remainder(5*" + one + ", 3)",
	}
	var outs []string
	for i := f.R.Range(2, 5); i > 0; i-- {
		outs = append(outs, Pick(f.R, calls))
	}
	if f.R.Chance(50) {
		f.Println(outs...)
	} else {
		cats := make([]string, len(outs))
		for i := range cats {
			cats[i] = VFloat
		}
		f.PrintfVals(cats, outs)
	}
}

// floatMinMax uses the min and max builtins: NaN wins, and min(0, -0) is -0.
func floatMinMax(f *Func) {
	m := f.P.Import("math")
	t := Pick(f.R, FloatTypes)
	z := f.DeclareVar(t, "")
	n := f.Declare(t, "-"+z)
	nan := f.Declare(t, t.Name+"("+m+".NaN())")
	f.EnsureFloats()
	x := f.floatVar(t).s
	f.Println("min("+z+", "+n+")", "max("+n+", "+z+")", "min("+n+", "+z+")", "max("+z+", "+n+")")
	f.Println("min("+nan+", 1)", "max(1, "+nan+")", "min("+x+", 2, "+nan+")", "max("+x+", -1)", "min("+x+")")
	f.EnsureStrings()
	s := Pick(f.R, f.VarsOf(String)).Name
	f.Printf("%q %q", "min("+s+", \"b\", "+f.StringLit()+")", "max("+f.StringLit()+", "+s+")")
}

// floatNaNComposite compares composite values holding NaN (never equal) and puts NaN in
// an interface-keyed map (every NaN is a new key).
func floatNaNComposite(f *Func) {
	m := f.P.Import("math")
	nan := f.Declare(Float64, m+".NaN()")
	f.Println("[2]float64{"+nan+", 1} == [2]float64{"+nan+", 1}", "struct{ F float64 }{"+nan+"} != struct{ F float64 }{"+nan+"}",
		"any("+nan+") == any("+nan+")", "[1]any{1.5} == [1]any{1.5}")
	k := f.Fresh("m")
	f.Linef("%s := map[any]int{}", k)
	f.Linef("%s[%s] = 1", k, nan)
	f.Linef("%s[%s] = 1", k, nan)
	f.Linef("%s[1.5] = 2", k)
	f.Linef("%s[1.5] = 3", k)
	f.Println("len("+k+")", k+"[1.5]", k+"["+nan+"]")
	f.Linef("clear(%s)", k)
	f.Println("len(" + k + ")")
}
