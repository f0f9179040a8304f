// Feature group "iface": dispatch, type switches, type assertions (comma-ok and failing),
// Stringer and error as fmt uses them (receivers, unexported fields), wrapping, interface
// comparison, typed nil pointers in interfaces.
package progen

import (
	"fmt"
	"strings"
)

var ifaceFeatures = []Feature{
	{"dispatch", ifaceDispatch},
	{"typeswitch", ifaceTypeSwitch},
	{"assert", ifaceAssert},
	{"stringer", ifaceStringer},
	{"error", ifaceError},
	{"compare", ifaceCompare},
	{"nilrecv", ifaceNilReceiver},
	{"embed", ifaceEmbed},
}

// valuer declares an interface with two implementations (value and pointer receiver)
// and returns the names: interface, value type, pointer-receiver type.
func (f *Func) valuer() (string, string, string) {
	i, a, b := f.P.Fresh("Valuer"), f.P.Fresh("Box"), f.P.Fresh("Num")
	f.P.Decl(fmt.Sprintf(`type %s interface {
	Val() int
}

type %s struct{ n int }

func (x %s) Val() int { return x.n }

type %s int

func (x *%s) Val() int {
	*x += 1
	return int(*x) * 10
}`, i, a, a, b, b))
	return i, a, b
}

func ifaceDispatch(f *Func) {
	i, a, b := f.valuer()
	n := f.Fresh("n")
	f.Linef("%s := %s(%d)", n, b, f.R.Range(0, 9))
	xs := f.Fresh("xs")
	f.Linef("%s := []%s{%s{%d}, &%s, %s{%d}, &%s}", xs, i, a, f.R.Range(0, 9), n, a, f.R.Range(-9, 0), n)
	x := f.Fresh("x")
	f.Linef("for _, %s := range %s {", x, xs)
	f.Printf("%T %d", x, x+".Val()")
	f.Line("}")
	f.Println(n, "len("+xs+")")
}

var switchValues = []string{
	"1", `"str"`, "2.5", "nil", "int8(-3)", "true", "'x'", "[]int{1}", `errors.New("e")`,
	"uint(7)", "[2]string{\"a\"}", "struct{ A int }{4}", "map[string]int{\"k\": 1}", "func() {}",
	"float32(0.5)", "&[]int{2}", `fmt.Errorf("w: %w", errors.New("inner"))`,
}

func ifaceTypeSwitch(f *Func) {
	f.P.Import("fmt")
	vs := f.Fresh("vals")
	var elems []string
	for k := f.R.Range(3, 7); k > 0; k-- {
		e := Pick(f.R, switchValues)
		if strings.Contains(e, "errors.") {
			f.P.Import("errors")
		}
		elems = append(elems, e)
	}
	f.Linef("%s := []any{%s}", vs, joinComma(elems))
	x, v := f.Fresh("x"), f.Fresh("v")
	f.Linef("for _, %s := range %s {", x, vs)
	f.Linef("\tswitch %s := %s.(type) {", v, x)
	f.Line("\tcase nil:")
	f.Println(`"nil"`, v)
	f.Line("\tcase int, int8, uint:")
	f.Printf("several %T %v", v, v)
	f.Line("\tcase string:")
	f.Println(`"string"`, "len("+v+")")
	f.Line("\tcase error:")
	f.Println(`"error"`, v+".Error()")
	f.Line("\tcase float64, float32:")
	f.Printf("float %v %T", v, v)
	if f.R.Chance(50) {
		f.Line("\tcase []int:")
		f.Println(`"slice"`, v, "len("+v+")")
	}
	if f.R.Chance(50) {
		f.Line("\tcase fmt.Stringer:")
		f.Println(`"stringer"`, v+".String()")
	}
	f.Line("\tcase bool, rune:")
	f.Printf("%T %v", v, v)
	f.Line("\tdefault:")
	f.Printf("default %T", v)
	f.Line("\t}")
	f.Line("}")
}

func joinComma(xs []string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += x
	}
	return s
}

func ifaceAssert(f *Func) {
	f.P.Import("fmt")
	x := f.Fresh("x")
	f.Linef("var %s any = %s", x, Pick(f.R, []string{"42", `"s"`, "3.5", "int64(1)", "[]byte(\"b\")", "nil", "uint8(200)"}))
	n, ok := f.Fresh("n"), f.Fresh("ok")
	f.Linef("%s, %s := %s.(int)", n, ok, x)
	f.Println(n, ok)
	s, ok2 := f.Fresh("s"), f.Fresh("ok")
	f.Linef("%s, %s := %s.(fmt.Stringer)", s, ok2, x)
	f.Println(s+" == nil", ok2)
	f.Try(func() {
		f.Println(x + "." + Pick(f.R, []string{"(string)", "(int)", "(float64)", "(fmt.Stringer)", "(error)", "([]byte)"}))
	})
}

func ifaceStringer(f *Func) {
	val, ptr := f.P.Fresh("Celsius"), f.P.Fresh("Label")
	f.P.Import("fmt")
	f.P.Decl(fmt.Sprintf(`type %s float64

func (c %s) String() string { return fmt.Sprintf("%%.1f°C", float64(c)) }

type %s struct{ text string }

func (l *%s) String() string { return "<" + l.text + ">" }`, val, val, ptr, ptr))
	c, l := f.Fresh("c"), f.Fresh("l")
	f.Linef("%s := %s(%s)", c, val, f.Lit(Float64))
	f.Linef("%s := %s{%s}", l, ptr, f.StringLit())
	f.Println(c, l, "&"+l, "[]"+val+"{1, 2.5}", fmt.Sprintf("map[string]%s{\"a\": %s}", val, c))
	f.PrintfVals([]string{VFloat, VComposite, VString}, []string{c, "&" + l, c})
	f.Printf("%v %d %s %x", c, c, "&"+l, c)
	hold := f.P.Fresh("Holder")
	f.P.Decl(fmt.Sprintf("type %s struct {\n\tPublic  %s\n\tprivate %s\n\tPtr     *%s\n}", hold, val, val, ptr))
	h := f.Fresh("h")
	f.Linef("%s := %s{Public: %s, private: %s, Ptr: &%s}", h, hold, c, c, l)
	// an exported field's String is used; an unexported one's cannot be (fmt sees it via
	// reflection only); the pointer field uses its String method, so no address is printed
	f.Printf("%v %+v", h, h)
}

func ifaceError(f *Func) {
	e := f.P.Fresh("MyErr")
	er := f.P.Import("errors")
	fm := f.P.Import("fmt")
	f.P.Decl(fmt.Sprintf(`type %s struct {
	Code int
}

func (e *%s) Error() string { return fmt.Sprintf("code %%d", e.Code) }`, e, e))
	mk := f.Fresh("find")
	f.Linef("%s := func(k int) error {", mk)
	f.Line("\tif k < 0 {")
	f.Linef("\t\treturn &%s{Code: k}", e)
	f.Line("\t}")
	f.Line("\tif k == 0 {")
	f.Linef("\t\tvar p *%s", e)
	f.Line("\t\treturn p // a typed nil: the error is not nil")
	f.Line("\t}")
	f.Line("\treturn nil")
	f.Line("}")
	for _, k := range []int{f.R.Range(-5, -1), 0, f.R.Range(1, 5)} {
		err := f.Fresh("err")
		f.Linef("%s := %s(%d)", err, mk, k)
		f.Println(err+" == nil", fmt.Sprintf("%s != nil && %d < 0", err, k))
		if k < 0 {
			f.Println(err)
		}
	}
	base := f.Fresh("base")
	f.Linef("%s := %s.New(%s)", base, er, f.StringLit())
	w := f.Fresh("w")
	f.Linef("%s := %s.Errorf(\"ctx %%d: %%w\", %d, %s)", w, fm, f.R.Range(0, 9), base)
	w2 := f.Fresh("w")
	f.Linef("%s := %s.Errorf(\"outer: %%w\", %s)", w2, fm, w)
	f.Println(w2, er+".Is("+w2+", "+base+")", er+".Unwrap("+w2+") == "+w, er+".Unwrap("+base+") == nil")
	target := f.Fresh("target")
	f.Linef("var %s *%s", target, e)
	w3 := f.Fresh("w")
	f.Linef("%s := %s.Errorf(\"wrapped: %%w\", %s(%d))", w3, fm, mk, f.R.Range(-9, -1))
	f.Println(er+".As("+w3+", &"+target+")", target+" != nil && "+target+".Code < 0", w3)
	f.Printf("%v %q %s", w2, base, er+".Join("+base+", "+w3+")")
}

func ifaceCompare(f *Func) {
	f.Println("any(1) == any(1)", "any(1) == any(int64(1))", `any("a") == any("a")`, "any(nil) == nil", "any([2]int{1, 2}) == any([2]int{1, 2})")
	a, b := f.Fresh("a"), f.Fresh("b")
	f.Linef("var %s, %s any = %s, %s", a, b, Pick(f.R, []string{"1", "2.5", `"x"`, "true", "struct{ X int }{1}"}), Pick(f.R, []string{"1", "2.5", `"x"`, "false", "struct{ X int }{1}"}))
	f.Println(a+" == "+b, a+" != "+b)
	f.Try(func() {
		x, y := f.Fresh("x"), f.Fresh("y")
		f.Linef("var %s, %s any = %s, %s", x, y, Pick(f.R, []string{"[]int{1}", "map[int]int{}", "func() {}"}), Pick(f.R, []string{"[]int{1}", "1"}))
		f.Println(x + " == " + y)
	})
	if f.R.Chance(40) {
		f.Try(func() {
			m := f.Fresh("m")
			f.Linef("%s := map[any]int{}", m)
			f.Linef("%s[1] = 1", m)
			f.Linef("%s[%s] = 2", m, Pick(f.R, []string{"[]int{1}", "map[string]int{}", "[1][]int{}"}))
			f.Println(m)
		})
	}
}

func ifaceNilReceiver(f *Func) {
	t := f.P.Fresh("Node")
	f.P.Decl(fmt.Sprintf(`type %s struct {
	name string
	next *%s
}

func (n *%s) Name() string {
	if n == nil {
		return "<nil node>"
	}
	return n.name
}

func (n *%s) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}`, t, t, t, t))
	p := f.Fresh("p")
	f.Linef("var %s *%s", p, t)
	l := f.Fresh("list")
	f.Linef("%s := &%s{name: %s, next: &%s{name: \"b\"}}", l, t, f.StringLit(), t)
	f.Println(p+".Name()", p+".Len()", l+".Len()", l+".next.Name()", l+".next.next.Name()")
	i := f.Fresh("i")
	f.Linef("var %s interface{ Name() string } = %s", i, p)
	f.Println(i+" != nil", i+".Name()")
	f.Try(func() {
		j := f.Fresh("j")
		f.Linef("var %s interface{ Name() string }", j)
		f.Println(j + ".Name()")
	})
	f.Try(func() {
		f.Println(p + ".name")
	})
}

func ifaceEmbed(f *Func) {
	i, a, _ := f.valuer()
	w := f.P.Fresh("Wrapper")
	f.P.Decl(fmt.Sprintf("type %s struct {\n\t%s\n\ttag string\n}", w, i))
	if f.R.Chance(50) {
		f.P.Decl(fmt.Sprintf("func (w %s) Val() int { return -w.%s.Val() }", w, i))
	}
	v := f.Fresh("w")
	f.Linef("%s := %s{%s{%d}, %s}", v, w, a, f.R.Range(1, 9), f.StringLit())
	f.Println(v+".Val()", v+"."+i+".Val()", v+".tag")
	var x = f.Fresh("x")
	f.Linef("var %s %s = %s", x, i, v)
	f.Printf("%T %d %v", x, x+".Val()", v)
	f.Try(func() {
		e := f.Fresh("e")
		f.Linef("%s := %s{tag: \"empty\"}", e, w)
		f.Println(e + ".Val()")
	})
}
