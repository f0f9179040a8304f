// Feature group "fmt": verbs with flags, width and precision on every kind of value, bad
// verbs and argument counts, argument indexes and * widths, Sprint spacing, Stringer and
// GoStringer methods that panic or have nil receivers, the print/println builtins.
package progen

import (
	"fmt"
	"strings"
)

var fmtFeatures = []Feature{
	{"verbs", fmtVerbs},
	{"bad", fmtBad},
	{"indexed", fmtIndexed},
	{"sprint", fmtSprint},
	{"composite", fmtComposite},
	{"unicodewidth", fmtUnicodeWidth},
	{"numbers", fmtNumbers},
	{"methods", fmtMethods},
	{"builtinprint", fmtBuiltinPrint},
	{"fprint", fmtFprint},
}

// value returns an expression and its verb category: a scalar from the pool or a literal.
func (f *Func) value() (string, string) {
	switch f.R.Intn(6) {
	case 0:
		f.EnsureInts()
		return f.IntExpr(Pick(f.R, IntTypes), 1), VInt
	case 1:
		f.EnsureFloats()
		return f.FloatExpr(Pick(f.R, FloatTypes), 1), VFloat
	case 2:
		return f.StringExpr(1), VString
	case 3:
		return Pick(f.R, []string{"true", "false"}), VBool
	case 4:
		return "[]byte(" + f.StringLit() + ")", VBytes
	default:
		return Pick(f.R, []string{"[]int{1, -2, 300}", "[]string{\"a\", \"b c\"}", "map[string]int{\"z\": 1, \"a\": 2}",
			"[2]bool{true}", "struct {\n\t\tA int\n\t\tB string\n\t}{7, \"x\"}", "[]float64{0.5, 1e21, -0.0}", "[]any{nil, 1, \"s\"}",
			"[][]int{{1}, nil, {}}", "[]error{nil}", "map[int][]string{2: {\"x\"}, 1: nil}"}), VComposite
	}
}

func fmtVerbs(f *Func) {
	var cats, vals []string
	for k := f.R.Range(1, 4); k > 0; k-- {
		v, c := f.value()
		cats, vals = append(cats, c), append(vals, v)
	}
	f.PrintfVals(cats, vals)
}

func fmtBad(f *Func) {
	fm := f.P.Import("fmt")
	v, _ := f.value()
	switch f.R.Intn(5) {
	case 0:
		f.Printf(Pick(f.R, []string{"%d", "%s", "%t", "%f", "%c", "%z", "%!", "%"}), v)
	case 1:
		f.Printf("%d %d %s", v)
	case 2:
		f.Printf("%v", v, "1", `"extra"`)
	case 3:
		f.Linef("%s.Println(%s.Sprintf(%q, %s))", fm, fm, Pick(f.R, []string{"%[3]d", "%[0]d", "%[x]d", "%.[2]d", "%[1]*d", "%-", "%10"}), v)
	default:
		f.Linef("%s.Println(%s.Sprintf(\"%%!%%v\"), %s.Sprint(), %s.Sprintf(\"%%v %%v\", nil, []int(nil)))", fm, fm, fm, fm)
	}
}

func fmtIndexed(f *Func) {
	a, _ := f.value()
	b, _ := f.value()
	f.Printf("%[2]v %[1]v %[2]v %v", a, b)
	w := f.R.Range(-8, 12)
	p := f.R.Range(0, 6)
	f.EnsureFloats()
	x := f.FloatExpr(Float64, 1)
	f.Printf("%*d|%-*d|%.*f|%*.*f|%[1]d", fmt.Sprint(w), fmt.Sprint(f.R.Range(-99, 99)), fmt.Sprint(w), "3", fmt.Sprint(p), x, fmt.Sprint(w), fmt.Sprint(p), x)
}

func fmtSprint(f *Func) {
	fm := f.P.Import("fmt")
	var args []string
	for k := f.R.Range(2, 5); k > 0; k-- {
		v, _ := f.value()
		args = append(args, v)
	}
	list := strings.Join(args, ", ")
	f.Linef("%s.Println(%q + %s.Sprint(%s) + %q)", fm, "<", fm, list, ">")
	f.Linef("%s.Print(%s.Sprintln(%s))", fm, fm, list)
	f.Linef("%s.Print(%s, \"\\n\")", fm, list)
	f.Linef("%s.Println(%s.Sprint(1, 2, \"a\", 3, 4.5, nil, 'x', \"b\", \"c\", false, true))", fm, fm)
}

func fmtComposite(f *Func) {
	vals := []string{
		"[]string{\"a\", \"\", \"é\"}", "[]byte(nil)", "[]byte{}", "map[string]int(nil)", "(*int)(nil)", "[]*int{nil}",
		"[]any{nil, 1.5, []int{2}, map[int]bool{}}", "[3]string{}", "[][]byte{[]byte(\"hi\")}", "error(nil)",
		"struct{ P *int }{}", "[]struct{ X, y int }{{1, 2}}", "map[string][]int{\"k\": {1, 2}}", "[]rune(\"héllo\")",
		"[]uint8{0, 255}", "[]int8{-1, 1}", "[]uint16{65535}", "[]float32{0.1, 1e10}", "[]bool{true, false}",
	}
	var cats, args []string
	for k := f.R.Range(1, 3); k > 0; k-- {
		cats = append(cats, VComposite)
		args = append(args, Pick(f.R, vals))
	}
	f.PrintfVals(cats, args)
	f.Println(Pick(f.R, vals), Pick(f.R, vals))
}

func fmtUnicodeWidth(f *Func) {
	s := f.StringExpr(1)
	f.Printf("[%8s][%-8s][%.3s][%8.2s][%-10q][%5c][%-4c][%x][% X]", s, s, s, s, s, "'日'", "'é'", s, s)
}

func fmtNumbers(f *Func) {
	f.EnsureInts()
	v := Pick(f.R, f.Vars(isInt)).Name
	t := Pick(f.R, IntTypes).Name
	x := fmt.Sprintf("%s(%s)", t, v)
	f.Printf("%d|%+d|% d|%x|%#x|%X|%#X|%o|%#o|%O|%b|%08b|%-6d|%06d|%+06d", x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
	f.Printf("%c|%q|%U|%#U|%#v|%T|%v|%x", x, x, x, x, x, x, "&"+v+" != nil", "-"+x)
	f.EnsureFloats()
	y := f.FloatExpr(Pick(f.R, FloatTypes), 1)
	f.Printf("%v|%g|%e|%E|%f|%.0f|%.3f|%8.2f|%-8.2f|%+.2e|%x|%X|%b|%#g|%#.3g|%.3v|%#v|%08.3f|% .2f|%G", y, y, y, y, y, y, y, y, y, y, y, y, y, y, y, y, y, y, y, y)
}

func fmtMethods(f *Func) {
	fm := f.P.Import("fmt")
	typ := f.P.Fresh("Temp")
	f.P.Decl(fmt.Sprintf(`type %s struct{ deg int }

func (t *%s) String() string {
	if t == nil {
		return "no temp"
	}
	if t.deg < 0 {
		panic("negative temp")
	}
	return %s.Sprint(t.deg, "deg")
}

func (t %s) GoString() string { return %s.Sprintf("Temp(%%d)", t.deg) }`, typ, typ, fm, typ, fm))
	v, n := f.Fresh("t"), f.Fresh("nilT")
	f.Linef("%s := &%s{%d}", v, typ, f.R.Range(-3, 30))
	f.Linef("var %s *%s", n, typ)
	f.Println(v, n)
	f.Printf("%v %s %+v %#v %d", v, n, "*"+v, "*"+v, v)
	f.Printf("%v", fmt.Sprintf("[]*%s{%s, %s, &%s{-1}}", typ, v, n, typ))
}

func fmtBuiltinPrint(f *Func) {
	// print and println write to stderr in the runtime's own formats
	var args []string
	for k := f.R.Range(1, 4); k > 0; k-- {
		switch f.R.Intn(4) {
		case 0:
			f.EnsureInts()
			args = append(args, Pick(f.R, f.Vars(isInt)).Name)
		case 1:
			f.EnsureFloats()
			args = append(args, Pick(f.R, f.Vars(isFloat)).Name)
		case 2:
			args = append(args, f.StringLit())
		default:
			args = append(args, Pick(f.R, []string{"true", "'x'", "-0.0", "1e100", "uint64(1 << 63)"}))
		}
	}
	if f.R.Chance(70) {
		f.Linef("println(%s)", strings.Join(args, ", "))
	} else {
		f.Linef("print(%s, \"\\n\")", strings.Join(args, ", "))
	}
}

func fmtFprint(f *Func) {
	fm, os := f.P.Import("fmt"), f.P.Import("os")
	v, _ := f.value()
	f.Linef("%s.Fprintln(%s.Stdout, %s, %s)", fm, os, f.Tag(), v)
	n, err := f.Fresh("n"), f.Fresh("err")
	f.Linef("%s, %s := %s.Fprintf(%s.Stdout, \"%%v|%%5.1f|\\n\", %s, 2.25)", n, err, fm, os, v)
	f.Println(n, err)
	if f.R.Chance(30) {
		f.Linef("%s.Fprintln(%s.Stderr, %s, %s)", fm, os, f.Tag(), v)
	}
	b := f.Fresh("b")
	f.Linef("%s := %s.Appendf([]byte(\"pre:\"), \"%%d-%%q\", %d, %s)", b, fm, f.R.Range(0, 99), f.StringLit())
	f.Linef("%s = %s.Append(%s, 1, \"x\", 2)", b, fm, b)
	f.Println("string(" + b + ")")
}
