// Feature group "struct": value semantics and comparison, embedding with promoted fields
// and methods, method values (bound when evaluated) and expressions, pointers, anonymous
// structs, fmt of them. Fields are never pointers: fmt would print addresses.
package progen

import (
	"fmt"
	"strings"
)

var structFeatures = []Feature{
	{"copy", structCopy},
	{"embed", structEmbed},
	{"methodvalue", structMethodValue},
	{"pointer", structPointer},
	{"anon", structAnon},
	{"array", structArray},
	{"printf", structPrintf},
}

type field struct{ name, typ, lit string }

// structType declares a struct type with random fields and returns its name, fields and
// whether == applies to it.
func (f *Func) structType() (string, []field, bool) {
	name := f.P.Fresh("T")
	pool := []field{
		{"X", "int", ""}, {"Y", "int8", ""}, {"F", "float64", ""}, {"S", "string", ""},
		{"B", "bool", ""}, {"A", "[2]int", ""}, {"L", "[]int", ""}, {"M", "map[string]int", ""},
		{"u", "uint16", ""}, {"r", "rune", ""},
	}
	var fields []field
	comparable := true
	for _, fl := range pool {
		if f.R.Chance(40) || (len(fields) == 0 && fl.name == "S") {
			fields = append(fields, fl)
			if fl.typ[0] == '[' && fl.typ[1] == ']' || strings.HasPrefix(fl.typ, "map") {
				comparable = false
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "type %s struct {\n", name)
	for _, fl := range fields {
		fmt.Fprintf(&b, "\t%s %s\n", fl.name, fl.typ)
	}
	b.WriteString("}")
	f.P.Decl(b.String())
	return name, fields, comparable
}

// structLit returns a composite literal of the type with random field values.
func (f *Func) structLit(name string, fields []field) string {
	var parts []string
	for _, fl := range fields {
		if f.R.Chance(25) {
			continue // omitted fields are zero
		}
		parts = append(parts, fl.name+": "+f.fieldValue(fl.typ))
	}
	return name + "{" + strings.Join(parts, ", ") + "}"
}

func (f *Func) fieldValue(typ string) string {
	switch typ {
	case "int":
		return f.Lit(Int)
	case "int8":
		return f.Lit(Int8)
	case "uint16":
		return f.Lit(Uint16)
	case "rune":
		return f.RuneLit()
	case "float64":
		return f.Lit(Float64)
	case "string":
		return f.StringLit()
	case "bool":
		return f.Lit(Bool)
	case "[2]int":
		return fmt.Sprintf("[2]int{%d, %d}", f.R.Range(-9, 9), f.R.Range(-9, 9))
	case "[]int":
		return Pick(f.R, []string{"nil", "[]int{}", "[]int{1, 2}"})
	case "map[string]int":
		return Pick(f.R, []string{"nil", "map[string]int{}", `map[string]int{"b": 2, "a": 1}`})
	}
	panic("progen: no value for " + typ)
}

func structCopy(f *Func) {
	name, fields, comparable := f.structType()
	a, b := f.Fresh("a"), f.Fresh("b")
	f.Linef("%s := %s", a, f.structLit(name, fields))
	f.Linef("%s := %s", b, a)
	fl := Pick(f.R, fields)
	f.Linef("%s.%s = %s", b, fl.name, f.fieldValue(fl.typ))
	if fl.typ == "[2]int" {
		f.Linef("%s.A[1] = 42", a)
	}
	if fl.typ == "map[string]int" || fl.typ == "[]int" {
		f.Linef("%s.%s = %s.%s", a, fl.name, b, fl.name) // share, then mutate through one of them
		if fl.typ == "[]int" {
			f.Linef("if len(%s.L) > 0 {\n\t\t%s.L[0] = 7\n\t}", a, a)
		} else {
			f.Linef("if %s.M != nil {\n\t\t%s.M[\"c\"] = 3\n\t}", a, a)
		}
	}
	f.Printf("%v %+v", a, b)
	if comparable {
		f.Println(a+" == "+b, a+" == "+name+"{}", b+" != "+a)
	}
}

func structEmbed(f *Func) {
	in, out := f.P.Fresh("In"), f.P.Fresh("Out")
	f.P.Decl(fmt.Sprintf(`type %s struct {
	X, Y int
}

func (i %s) Sum() int { return i.X + i.Y }

func (i *%s) Scale(k int) {
	i.X *= k
	i.Y *= k
}

func (i %s) Describe() string { return fmt.Sprintf("in(%%d,%%d)", i.X, i.Y) }`, in, in, in, in))
	f.P.Import("fmt")
	shadow := f.R.Chance(50)
	extra := ""
	if shadow {
		extra = "\n\tY    int"
	}
	f.P.Decl(fmt.Sprintf("type %s struct {\n\t%s%s\n\tName string\n}", out, in, extra))
	if f.R.Chance(40) { // the outer method hides the promoted one
		f.P.Decl(fmt.Sprintf("func (o %s) Describe() string { return \"out:\" + o.%s.Describe() }", out, in))
	}
	o := f.Fresh("o")
	ys := ""
	if shadow {
		ys = fmt.Sprintf(", Y: %d", f.R.Range(50, 60))
	}
	f.Linef("%s := %s{%s: %s{%d, %d}, Name: %s%s}", o, out, in, in, f.R.Range(-5, 9), f.R.Range(-5, 9), f.StringLit(), ys)
	f.Println(o+".X", o+".Y", o+"."+in+".Y", o+".Sum()", o+".Describe()")
	f.Linef("%s.Scale(%d)", o, f.R.Range(-3, 4))
	p := f.Fresh("p")
	f.Linef("%s := &%s", p, o)
	f.Linef("%s.Scale(2)", p)
	f.Linef("%s.X++", p)
	f.Printf("%v %+v", o, "*"+p)
	f.Println(p+".Sum()", p+".Describe()")
}

func structMethodValue(f *Func) {
	c := f.P.Fresh("Counter")
	f.P.Decl(fmt.Sprintf(`type %s struct {
	n int
}

func (c %s) Get() int { return c.n }

func (c *%s) Inc() { c.n++ }

func (c *%s) Add(k int) int {
	c.n += k
	return c.n
}`, c, c, c, c))
	v := f.Fresh("c")
	f.Linef("%s := %s{n: %d}", v, c, f.R.Range(0, 9))
	g, inc := f.Fresh("get"), f.Fresh("inc")
	f.Linef("%s := %s.Get // copies %s now", g, v, v)
	f.Linef("%s := %s.Inc // binds &%s", inc, v, v)
	for k := f.R.Range(1, 3); k > 0; k-- {
		f.Line(inc + "()")
	}
	f.Println(v+".n", g+"()", v+".Get()")
	me, pe := f.Fresh("me"), f.Fresh("pe")
	f.Linef("%s := %s.Get", me, c)
	f.Linef("%s := (*%s).Add", pe, c)
	f.Println(me+"("+v+")", pe+"(&"+v+", 10)")
	f.Println(v + ".n")
	fs := f.Fresh("fs")
	f.Linef("%s := []func() int{%s.Get, %s}", fs, v, g)
	f.Line(v + ".Inc()")
	f.Println(fs+"[0]()", fs+"[1]()", v+".Get()")
	f.Printf("%T %T", me, pe)
}

func structPointer(f *Func) {
	name, fields, comparable := f.structType()
	a, p, q := f.Fresh("a"), f.Fresh("p"), f.Fresh("q")
	f.Linef("%s := %s", a, f.structLit(name, fields))
	f.Linef("%s := &%s", p, a)
	f.Linef("%s := %s", q, p)
	fl := Pick(f.R, fields)
	f.Linef("%s.%s = %s", p, fl.name, f.fieldValue(fl.typ))
	f.Linef("*%s = %s", q, f.structLit(name, fields))
	f.Printf("%+v %v", a, p)
	f.Println(p+" == "+q, p+" == &"+a)
	n := f.Fresh("n")
	f.Linef("%s := new(%s)", n, name)
	f.Linef("%s.%s = %s", n, fl.name, f.fieldValue(fl.typ))
	f.Printf("%+v", n)
	if comparable {
		f.Println("*"+n+" == "+a, n+" == "+p)
	}
}

func structAnon(f *Func) {
	v := f.Fresh("pt")
	f.Linef("%s := struct {\n\t\tX, Y int\n\t\tTag  string\n\t}{%d, %d, %s}", v, f.R.Range(-9, 9), f.R.Range(-9, 9), f.StringLit())
	f.Printf("%v %+v %#v", v, v, v)
	named := f.P.Fresh("Point")
	f.P.Decl(fmt.Sprintf("type %s struct {\n\tX, Y int\n\tTag  string\n}", named))
	w := f.Fresh("w")
	f.Linef("%s := %s(%s)", w, named, v)
	f.Linef("%s.X++", w)
	f.Println(w+" == "+v, w+".X", "struct{}{}", "[]struct{}{{}, {}}")
	f.Printf("%#v %T", w, "struct{}{}")
}

func structArray(f *Func) {
	name, fields, _ := f.structType()
	arr := f.Fresh("arr")
	n := f.R.Range(1, 3)
	f.Linef("%s := [%d]%s{}", arr, n, name)
	f.Linef("%s[0] = %s", arr, f.structLit(name, fields))
	fl := fields[0]
	e := f.Fresh("e")
	f.Linef("for _, %s := range %s {", e, arr)
	f.Linef("\t%s.%s = %s // a copy", e, fl.name, f.fieldValue(fl.typ))
	f.Line("}")
	i := f.Fresh("i")
	f.Linef("for %s := range %s {", i, arr)
	f.Linef("\t%s[%s].%s = %s", arr, i, fl.name, f.fieldValue(fl.typ))
	f.Line("}")
	f.Printf("%v %+v", arr, arr+"[:1]")
	sl := f.Fresh("sl")
	f.Linef("%s := []%s{%s, %s}", sl, name, f.structLit(name, fields), f.structLit(name, fields))
	f.Printf("%+v %d", sl, "len("+sl+")")
}

func structPrintf(f *Func) {
	name, fields, _ := f.structType()
	v := f.Fresh("v")
	f.Linef("%s := %s", v, f.structLit(name, fields))
	f.PrintfVals([]string{VComposite, VComposite}, []string{v, "&" + v})
	f.Printf("%T %T %v", v, "&"+v, "[]*"+name+"{nil}")
	nest := f.P.Fresh("Nest")
	f.P.Decl(fmt.Sprintf("type %s struct {\n\tInner %s\n\tList  []%s\n\tmeta  map[string]int\n}", nest, name, name))
	f.Printf("%v %+v %#v", nest+"{}", fmt.Sprintf("%s{Inner: %s, meta: map[string]int{\"k\": 1}}", nest, v), fmt.Sprintf("%s{List: []%s{%s}}", nest, name, v))
}
