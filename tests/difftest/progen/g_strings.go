// Feature group "string": indexing and slicing bytes of UTF-8 text, range over strings
// (invalid sequences decode to U+FFFD), conversions through []byte and []rune, string(rune),
// and the strings, strconv, unicode and unicode/utf8 functions.
package progen

import (
	"fmt"
	"strconv"
)

var stringFeatures = []Feature{
	{"index", strIndex},
	{"range", strRange},
	{"convert", strConvert},
	{"funcs", strFuncs},
	{"strconv", strStrconv},
	{"utf8", strUTF8},
	{"printf", strPrintf},
	{"builder", strBuilder},
	{"unicode", strUnicode},
	{"expr", strExprs},
}

// stringVar declares a string variable from a literal and returns its name and value.
func (f *Func) stringVar(nonEmpty bool) (string, string) {
	for {
		lit := f.StringLit()
		val, err := strconv.Unquote(lit)
		if err != nil {
			panic("progen: bad string literal " + lit)
		}
		if nonEmpty && val == "" {
			continue
		}
		return f.Declare(String, lit), val
	}
}

func strIndex(f *Func) {
	s, val := f.stringVar(true)
	n := len(val)
	i := f.R.Intn(n)
	lo, hi := f.R.Intn(n+1), f.R.Intn(n+1)
	if lo > hi {
		lo, hi = hi, lo
	}
	f.Println(fmt.Sprintf("len(%s)", s), fmt.Sprintf("%s[%d]", s, i), fmt.Sprintf("%s[%d:%d]", s, lo, hi), fmt.Sprintf("%s[%d:]", s, lo), fmt.Sprintf("%s[:%d]", s, hi))
	f.Printf("%q %x %c %v", fmt.Sprintf("%s[%d:%d]", s, lo, hi), fmt.Sprintf("%s[%d:]", s, lo), fmt.Sprintf("%s[%d]", s, i), fmt.Sprintf("%s[%d]", s, i))
	if f.R.Chance(40) { // out of range at run time (the string is a variable)
		f.Try(func() {
			k := f.DeclareVar(Int, fmt.Sprint(n+f.R.Range(0, 3)))
			f.Println(fmt.Sprintf("%s[%s]", s, k))
		})
	}
	if f.R.Chance(30) {
		f.Try(func() {
			k := f.DeclareVar(Int, fmt.Sprint(f.R.Range(1, n+2)))
			f.Println(fmt.Sprintf("%s[%s:%s-1]", s, k, k))
		})
	}
}

func strRange(f *Func) {
	s, _ := f.stringVar(false)
	i, r := f.Fresh("i"), f.Fresh("r")
	switch f.R.Intn(3) {
	case 0:
		f.Open(fmt.Sprintf("for %s, %s := range %s {", i, r, s))
		f.Println(i, r, "string("+r+")")
	case 1:
		f.Open(fmt.Sprintf("for %s := range %s {", i, s))
		f.Println(i, fmt.Sprintf("%s[%s]", s, i))
	default:
		f.Open(fmt.Sprintf("for %s, %s := range []byte(%s) {", i, r, s))
		f.Printf("%d %#x %q", i, r, r)
	}
	f.Close("")
}

func strConvert(f *Func) {
	s, _ := f.stringVar(false)
	b, rs := f.Fresh("b"), f.Fresh("rs")
	f.Linef("%s := []byte(%s)", b, s)
	f.Linef("%s := []rune(%s)", rs, s)
	f.Println(b, rs, "len("+b+")", "len("+rs+")", "string("+rs+")", "string("+b+") == "+s)
	f.Linef("if len(%s) > 0 {", b)
	f.Linef("\t%s[0] = %s", b, Pick(f.R, []string{"'X'", "0xff", "0", "'é' & 0xff"}))
	f.Linef("\t%s[len(%s)-1] = %s", rs, rs, f.RuneLit())
	f.Line("}")
	f.Printf("%q %q %q %x", s, "string("+b+")", "string("+rs+")", "string("+rs+")")
	f.EnsureInts()
	v := Pick(f.R, f.Vars(isInt)).Name
	f.Println(fmt.Sprintf("string(rune(%s))", v), fmt.Sprintf("[]byte(string(rune(%s)))", v), "string(rune("+f.RuneLit()+"))")
}

func strFuncs(f *Func) {
	st := f.P.Import("strings")
	s := f.StringExpr(1)
	sub := Pick(f.R, []string{`""`, `"l"`, `"o"`, `"é"`, `","`, `" "`, `"Go"`, `"\x80"`, `"ab"`, `"日"`})
	calls := []string{
		fmt.Sprintf("%s.Contains(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.Index(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.LastIndex(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.Count(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.IndexByte(%s, 'o')", st, s),
		fmt.Sprintf("%s.IndexRune(%s, %s)", st, s, Pick(f.R, []string{"'é'", "'l'", "0xFFFD", "-1"})),
		fmt.Sprintf("%s.IndexAny(%s, \"aeioué\")", st, s),
		fmt.Sprintf("%q", "|") + fmt.Sprintf(" + %s.Repeat(%s, %d) + \"|\"", st, s, f.R.Range(0, 3)),
		fmt.Sprintf("%s.Replace(%s, %s, \"_\", %d)", st, s, sub, f.R.Range(-1, 2)),
		fmt.Sprintf("%s.ReplaceAll(%s, %s, \"<>\")", st, s, sub),
		fmt.Sprintf("%s.HasPrefix(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.HasSuffix(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.TrimLeft(%s, \"aehl \")", st, s),
		fmt.Sprintf("%s.TrimRight(%s, \"lo \")", st, s),
		fmt.Sprintf("%s.Trim(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.TrimPrefix(%s, %s)", st, s, sub),
		fmt.Sprintf("%s.Title(%s)", st, s),
		fmt.Sprintf("%s.EqualFold(%s, %s)", st, s, f.StringExpr(1)),
		fmt.Sprintf("%s.Compare(%s, %s)", st, s, f.StringExpr(1)),
		fmt.Sprintf("%s.ToUpper(%s)", st, s),
		fmt.Sprintf("%s.ToLower(%s)", st, s),
	}
	var outs []string
	for k := f.R.Range(2, 4); k > 0; k-- {
		outs = append(outs, Pick(f.R, calls))
	}
	f.Println(outs...)
	switch f.R.Intn(5) {
	case 0:
		f.Printf("%q %q", fmt.Sprintf("%s.Split(%s, %s)", st, s, sub), fmt.Sprintf("%s.SplitN(%s, %s, %d)", st, s, sub, f.R.Range(-1, 3)))
	case 1:
		f.Printf("%q %d", fmt.Sprintf("%s.Fields(%s)", st, s), fmt.Sprintf("len(%s.Fields(%s))", st, s))
	case 2:
		f.Println(fmt.Sprintf("%s.Join(%s.Split(%s, %s), \"+\")", st, st, s, sub))
	case 3:
		a, b, ok := f.Fresh("before"), f.Fresh("after"), f.Fresh("found")
		f.Linef("%s, %s, %s := %s.Cut(%s, %s)", a, b, ok, st, s, sub)
		f.Printf("%q %q %v", a, b, ok)
	default:
		u := f.P.Import("unicode")
		f.Printf("%q %q", fmt.Sprintf("%s.Map(%s.ToUpper, %s)", st, u, s), fmt.Sprintf("%s.TrimFunc(%s, %s.IsLetter)", st, s, u))
	}
}

var intStrings = []string{"42", "-42", "+7", "0x1F", "0b101", "0o17", "017", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "", " 1", "12a", "255", "256", "-129", "18446744073709551615", "z", "ZZ"}

func strStrconv(f *Func) {
	sc := f.P.Import("strconv")
	f.EnsureInts()
	iv := Pick(f.R, f.Vars(isInt)).Name
	switch f.R.Intn(5) {
	case 0:
		f.Println(fmt.Sprintf("%s.Itoa(int(%s))", sc, iv), fmt.Sprintf("%s.FormatInt(int64(%s), %d)", sc, iv, f.R.Range(2, 36)), fmt.Sprintf("%s.FormatUint(uint64(%s), %d)", sc, iv, Pick(f.R, []int{2, 8, 16, 36})))
	case 1:
		v, err := f.Fresh("n"), f.Fresh("err")
		f.Linef("%s, %s := %s.ParseInt(%q, %d, %d)", v, err, sc, Pick(f.R, intStrings), Pick(f.R, []int{0, 10, 16, 2, 36}), Pick(f.R, []int{0, 8, 16, 32, 64}))
		f.Println(v, err)
	case 2:
		v, err := f.Fresh("n"), f.Fresh("err")
		if f.R.Chance(50) {
			f.Linef("%s, %s := %s.Atoi(%q)", v, err, sc, Pick(f.R, intStrings))
		} else {
			f.Linef("%s, %s := %s.ParseUint(%q, %d, %d)", v, err, sc, Pick(f.R, intStrings), Pick(f.R, []int{0, 10, 16}), Pick(f.R, []int{8, 64}))
		}
		f.Println(v, err)
	case 3:
		s := f.StringExpr(1)
		f.Println(sc+".Quote("+s+")", sc+".QuoteToASCII("+s+")", sc+".QuoteRune("+f.RuneLit()+")", sc+".QuoteRuneToASCII("+f.RuneLit()+")")
		u, err := f.Fresh("u"), f.Fresh("err")
		f.Linef("%s, %s := %s.Unquote(%q)", u, err, sc, Pick(f.R, []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `"\u00e9"`, `"\x41"`, `'ab'`, `"\z"`}))
		f.Printf("%q %v", u, err)
	default:
		b, err := f.Fresh("b"), f.Fresh("err")
		f.Linef("%s, %s := %s.ParseBool(%q)", b, err, sc, Pick(f.R, []string{"true", "T", "1", "FALSE", "yes", "f", ""}))
		f.Println(b, err, sc+".FormatBool(!"+b+")", fmt.Sprintf("string(%s.AppendInt([]byte(\"n=\"), int64(%s), 10))", sc, iv))
	}
}

func strUTF8(f *Func) {
	u8 := f.P.Import("unicode/utf8")
	s := f.StringExpr(1)
	f.Println(u8+".RuneCountInString("+s+")", u8+".ValidString("+s+")", u8+".RuneLen("+f.RuneLit()+")", u8+".ValidRune("+f.RuneLit()+")")
	r, size := f.Fresh("r"), f.Fresh("size")
	fn := Pick(f.R, []string{"DecodeRuneInString", "DecodeLastRuneInString"})
	f.Linef("%s, %s := %s.%s(%s)", r, size, u8, fn, s)
	f.Printf("%q %U %d", r, r, size)
	if f.R.Chance(50) {
		buf := f.Fresh("buf")
		f.Linef("%s := make([]byte, 4)", buf)
		f.Println(fmt.Sprintf("%s.EncodeRune(%s, %s)", u8, buf, f.RuneLit()), buf, fmt.Sprintf("%s.AppendRune(nil, %s)", u8, f.RuneLit()), fmt.Sprintf("%s.FullRune([]byte(%s))", u8, s))
	}
}

func strPrintf(f *Func) {
	var cats, vals []string
	for k := f.R.Range(1, 4); k > 0; k-- {
		switch f.R.Intn(4) {
		case 0:
			cats = append(cats, VInt)
			vals = append(vals, "rune("+f.RuneLit()+")")
		case 1:
			cats = append(cats, VBytes)
			vals = append(vals, "[]byte("+f.StringExpr(1)+")")
		default:
			cats = append(cats, VString)
			vals = append(vals, f.StringExpr(1))
		}
	}
	f.PrintfVals(cats, vals)
	if f.R.Chance(30) {
		f.Printf("% x|% X|%#q|%+q|%#U|%08q", f.StringExpr(1), f.StringExpr(1), f.StringExpr(1), f.StringExpr(1), "rune("+f.RuneLit()+")", f.StringExpr(0))
	}
}

func strBuilder(f *Func) {
	st := f.P.Import("strings")
	b := f.Fresh("sb")
	f.Linef("var %s %s.Builder", b, st)
	for k := f.R.Range(2, 5); k > 0; k-- {
		switch f.R.Intn(4) {
		case 0:
			f.Linef("%s.WriteString(%s)", b, f.StringExpr(1))
		case 1:
			f.Linef("%s.WriteByte(%s)", b, Pick(f.R, []string{"'a'", "0xff", "' '", "0"}))
		case 2:
			f.Linef("%s.WriteRune(%s)", b, f.RuneLit())
		default:
			i := f.Fresh("i")
			f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(1, 4), i)
			f.Linef("\t%s.WriteString(%s)", b, f.StringLit())
			f.Line("}")
		}
	}
	f.Printf("%q %d", b+".String()", b+".Len()")
	if f.R.Chance(40) {
		s := f.Declare(String, `""`)
		i := f.Fresh("i")
		f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(2, 6), i)
		f.Linef("\t%s += string(rune('a' + %s))", s, i)
		f.Line("}")
	}
}

func strUnicode(f *Func) {
	u := f.P.Import("unicode")
	r := f.RuneLit()
	f.Println(u+".IsUpper("+r+")", u+".IsLetter("+r+")", u+".IsDigit("+r+")", u+".IsSpace("+r+")", u+".IsPrint("+r+")", u+".IsPunct("+r+")")
	f.Printf("%c %c %c %c %U", u+".ToUpper("+r+")", u+".ToLower("+r+")", u+".ToTitle("+r+")", u+".SimpleFold("+r+")", u+".SimpleFold("+f.RuneLit()+")")
}

func strExprs(f *Func) {
	f.Declare(String, f.StringExpr(f.R.Range(1, 3)))
	if f.R.Chance(50) {
		f.Println(f.BoolExpr(1))
	}
}
