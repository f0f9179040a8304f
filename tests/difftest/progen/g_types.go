// Feature group "types": named types (wrapping arithmetic, methods, conversions, fmt of
// them), method values from interfaces, promoted methods through embedded pointers,
// if/else-if chains whose init statements shadow, and the bytes package.
package progen

import "fmt"

var typesFeatures = []Feature{
	{"named", typesNamed},
	{"ifacemethodvalue", typesIfaceMethodValue},
	{"embedptr", typesEmbedPointer},
	{"ifchain", typesIfChain},
	{"bytes", typesBytes},
}

func typesNamed(f *Func) {
	base := Pick(f.R, IntTypes)
	name := f.P.Fresh("Score")
	fm := f.P.Import("fmt")
	f.P.Decl(fmt.Sprintf("type %s %s\n\nfunc (s %s) Double() %s { return s * 2 }\n\nfunc (s %s) Label() string { return %s.Sprintf(\"score(%%d)\", s) }", name, base.Name, name, name, name, fm))
	lit, _ := f.IntLit(base)
	v := f.Fresh("s")
	f.Linef("%s := %s(%s)", v, name, lit)
	f.Linef("%s += %s(%s)", v, name, f.IntExprNC(base, 1))
	f.Println(v, v+".Double()", v+".Double().Label()", base.Name+"("+v+")")
	f.Printf("%v %d %T %#v %x", v, v, v, v, v)
	str := f.P.Fresh("Name")
	f.P.Decl(fmt.Sprintf("type %s string\n\nfunc (n %s) Upper() %s { return %s(strings.ToUpper(string(n))) }", str, str, str, str))
	f.P.Import("strings")
	n := f.Fresh("n")
	f.Linef("%s := %s(%s)", n, str, f.StringLit())
	f.Println(n, n+".Upper()", "len("+n+")", n+" < "+str+"(\"m\")", "string("+n+") + \"!\"")
	f.Printf("%q %T %#v %v", n, n, n+".Upper()", "[]"+str+"{\"a\", "+n+"}")
	sl := f.P.Fresh("Scores")
	f.P.Decl(fmt.Sprintf("type %s []%s\n\nfunc (s %s) Sum() (t %s) {\n\tfor _, x := range s {\n\t\tt += x\n\t}\n\treturn\n}", sl, name, sl, name))
	xs := f.Fresh("xs")
	f.Linef("%s := %s{%s, %s(%s), %s}", xs, sl, v, name, f.IntText(f.IntValue(base)), v+".Double()")
	f.Println(xs, xs+".Sum()", "len("+xs+")")
	f.Printf("%T %v", xs+"[1:]", "[]"+name+"("+xs+")")
}

func typesIfaceMethodValue(f *Func) {
	i, a, b := f.valuer()
	x := f.Fresh("x")
	n := f.Fresh("n")
	f.Linef("%s := %s(%d)", n, b, f.R.Range(0, 9))
	f.Linef("var %s %s = %s{%d}", x, i, a, f.R.Range(0, 9))
	g := f.Fresh("g")
	f.Linef("%s := %s.Val // bound to the value in %s now", g, x, x)
	f.Linef("%s = &%s", x, n)
	// n is printed on its own: the order between reading it and the calls that change
	// it in one statement is unspecified
	f.Println(g+"()", x+".Val()", g+"()")
	f.Println(n)
	h := f.Fresh("h")
	f.Linef("%s := %s.Val", h, i)
	f.Println(h+"("+x+")", h+"("+a+"{-1})")
	f.Println(n)
	f.Printf("%T %T", g, h)
}

func typesEmbedPointer(f *Func) {
	in, out := f.P.Fresh("Engine"), f.P.Fresh("Car")
	f.P.Decl(fmt.Sprintf("type %s struct{ rpm int }\n\nfunc (e *%s) Rev(d int) int {\n\te.rpm += d\n\treturn e.rpm\n}\n\nfunc (e %s) RPM() int { return e.rpm }", in, in, in))
	f.P.Decl(fmt.Sprintf("type %s struct {\n\t*%s\n\tname string\n}", out, in))
	c, d := f.Fresh("c"), f.Fresh("d")
	f.Linef("%s := %s{&%s{%d}, %s}", c, out, in, f.R.Range(0, 9)*100, f.StringLit())
	f.Linef("%s := %s // copies the pointer: both share the engine", d, c)
	f.Linef("%s.Rev(%d)", d, f.R.Range(1, 99))
	f.Println(c+".RPM()", d+".rpm", d+".name == "+c+".name", c+"."+in+" == "+d+"."+in)
	f.Println(c + ".Rev(1)")
	f.Try(func() {
		e := f.Fresh("e")
		f.Linef("%s := %s{name: \"no engine\"}", e, out)
		f.Println(e+".name", e+".RPM()")
	})
}

func typesIfChain(f *Func) {
	f.EnsureInts()
	v := Pick(f.R, f.Vars(isInt))
	x := f.Fresh("x")
	f.Linef("if %s := %s; %s > %s {", x, f.IntExprNC(v.T, 1), x, f.IntExpr(v.T, 0))
	f.Println(`"first"`, x)
	f.Linef("} else if %s := %s(%s) * 2; %s < 0 {", x, v.T.Name, x, x)
	f.Println(`"second"`, x)
	f.Linef("} else if %s := -%s; %s != 0 {", v.Name, x, v.Name)
	f.Println(`"third, shadowing"`, v.Name, x)
	f.Line("} else {")
	f.Println(`"last"`, x, v.Name)
	f.Line("}")
	f.Println(v.Name)
}

func typesBytes(f *Func) {
	by := f.P.Import("bytes")
	b := f.Fresh("b")
	f.Linef("%s := []byte(%s)", b, f.StringExpr(1))
	o := Pick(f.R, []string{`[]byte("l")`, `[]byte("")`, `[]byte{0x80}`, `[]byte("é")`})
	f.Println(by+".Contains("+b+", "+o+")", by+".Index("+b+", "+o+")", by+".Count("+b+", "+o+")", by+".Equal("+b+", []byte(nil))", by+".HasPrefix("+b+", "+o+")")
	f.Printf("%q %q %s", by+".ToUpper("+b+")", by+".Split("+b+", "+o+")", by+".Repeat("+b+", 2)")
	buf := f.Fresh("buf")
	f.Linef("var %s %s.Buffer", buf, by)
	f.Linef("%s.WriteString(%s)", buf, f.StringLit())
	f.Linef("%s.WriteByte('|')", buf)
	f.Linef("%s.WriteRune(%s)", buf, f.RuneLit())
	fm := f.P.Import("fmt")
	f.Linef("%s.Fprintf(&%s, \"%%d-%%s\", %d, %s)", fm, buf, f.R.Range(0, 99), f.StringLit())
	f.Printf("%q %d", buf+".String()", buf+".Len()")
	r, size, err := f.Fresh("r"), f.Fresh("size"), f.Fresh("err")
	f.Linef("%s, %s, %s := %s.ReadRune()", r, size, err, buf)
	f.Println(r, size, err, buf+".Len()", "string("+buf+".Next(3))")
}
