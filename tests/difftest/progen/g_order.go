// Feature group "order": the evaluation order Go specifies (calls and receives left to
// right, the two phases of assignment, short-circuit, switch cases in order). A call never
// changes a variable its statement also reads: that order is unspecified.
package progen

import "fmt"

var orderFeatures = []Feature{
	{"binary", orderBinary},
	{"args", orderArgs},
	{"composite", orderComposite},
	{"assign", orderAssign},
	{"opassign", orderOpAssign},
	{"shortcircuit", orderShortCircuit},
	{"receive", orderReceive},
	{"switch", orderSwitch},
	{"method", orderMethod},
}

func (f *Func) tick(tag string, v int) string {
	return fmt.Sprintf("%s(%q, %d)", f.P.Helper("tick"), tag, v)
}

func orderBinary(f *Func) {
	a, b, c := f.tick("a", f.R.Range(-5, 5)), f.tick("b", f.R.Range(-5, 5)), f.tick("c", f.R.Range(1, 5))
	op1, op2 := Pick(f.R, []string{"+", "-", "*"}), Pick(f.R, []string{"*", "/", "%", "<<"})
	if op2 == "<<" {
		c = fmt.Sprintf("uint(%s)", c)
	}
	f.Println(fmt.Sprintf("%s %s %s %s %s", a, op1, b, op2, c))
	f.Println(fmt.Sprintf("(%s %s %s) %s %s", a, op1, b, op2, c))
}

func orderArgs(f *Func) {
	t := f.P.Helper("tick")
	f.Println(f.tick("x", 1), fmt.Sprintf("%s(\"outer\", %s)", t, f.tick("inner", 2)), f.tick("y", 3))
	g := f.Fresh("g")
	f.Linef("%s := func(a, b, c int) int { return a*100 + b*10 + c }", g)
	f.Println(fmt.Sprintf("%s(%s, %s, %s)", g, f.tick("p", 1), f.tick("q", 2), f.tick("r", 3)))
}

func orderComposite(f *Func) {
	switch f.R.Intn(3) {
	case 0:
		f.Println(fmt.Sprintf("[]int{%s, %s, 5: %s}", f.tick("e0", 0), f.tick("e1", 1), f.tick("e5", 5)))
	case 1:
		f.Println(fmt.Sprintf("map[string]int{\"b\": %s, \"a\": %s}", f.tick("vb", 2), f.tick("va", 1)))
	default:
		f.Println(fmt.Sprintf("struct{ X, Y int }{Y: %s, X: %s}", f.tick("y", 2), f.tick("x", 1)))
	}
}

func orderAssign(f *Func) {
	a, i := f.Fresh("a"), f.Fresh("i")
	f.Linef("%s := []int{0, 0, 0, 0}", a)
	f.Linef("%s := %d", i, f.R.Range(0, 1))
	switch f.R.Intn(4) {
	case 0: // the index is evaluated before i changes
		f.Linef("%s[%s], %s = %d, %d", a, i, i, f.R.Range(5, 9), f.R.Range(2, 3))
	case 1:
		f.Linef("%s, %s[%s] = %d, %d", i, a, i, f.R.Range(2, 3), f.R.Range(5, 9))
	case 2:
		f.Linef("%s[0], %s[1], %s[2] = %s[2]+1, %s[0]+2, %s[1]+3", a, a, a, a, a, a)
		f.Linef("%s[%s], %s[%s+1] = %s[%s+1], %s[%s]", a, i, a, i, a, i, a, i)
	default:
		f.Linef("%s[%s], %s = %s, %s", a, f.tick("idx", 1), i, f.tick("v1", 7), f.tick("v2", 2))
	}
	f.Println(a, i)
	x, y := f.Fresh("x"), f.Fresh("y")
	f.Linef("%s, %s := %d, %d", x, y, f.R.Range(0, 3), f.R.Range(1, 3))
	for k := f.R.Range(1, 5); k > 0; k-- {
		f.Linef("%s, %s = %s, %s+%s", x, y, y, x, y)
	}
	f.Println(x, y)
}

func orderOpAssign(f *Func) {
	a := f.Fresh("a")
	f.Linef("%s := []int{1, 2, 3}", a)
	f.Linef("%s[%s] += %s", a, f.tick("index", f.R.Range(0, 2)), f.tick("value", f.R.Range(1, 9)))
	m := f.Fresh("m")
	f.Linef("%s := map[int]int{}", m)
	f.Linef("%s[%s] -= %s", m, f.tick("key", 1), f.tick("delta", f.R.Range(1, 9)))
	f.Println(a, m)
}

func orderShortCircuit(f *Func) {
	f.Println(fmt.Sprintf("%s == 1 && %s == 1", f.tick("l", f.R.Range(0, 1)), f.tick("r", 1)))
	f.Println(fmt.Sprintf("%s == 1 || %s == 1 || %s > 0", f.tick("l", f.R.Range(0, 1)), f.tick("m", f.R.Range(0, 1)), f.tick("r", 1)))
}

func orderReceive(f *Func) {
	ch := f.Fresh("ch")
	f.Linef("%s := make(chan int, 4)", ch)
	f.Linef("%s <- %s", ch, f.tick("send1", f.R.Range(1, 9)))
	f.Linef("%s <- %s", ch, f.tick("send2", f.R.Range(1, 9)))
	f.Linef("%s <- %d", ch, f.R.Range(10, 20))
	f.Println(fmt.Sprintf("<-%s - <-%s", ch, ch), fmt.Sprintf("<-%s", ch))
	f.Println("len(" + ch + ")")
}

func orderSwitch(f *Func) {
	v := f.R.Range(1, 4)
	f.Linef("switch %s {", f.tick("tag", v))
	f.Linef("case %s, %s:", f.tick("c1", 1), f.tick("c2", 2))
	f.Println(`"first case"`)
	f.Linef("case %s:", f.tick("c3", 3))
	f.Println(`"second case"`)
	if f.R.Chance(50) {
		f.Line("\tfallthrough")
		f.Line("case 100:")
		f.Println(`"fell through"`)
	}
	f.Line("default:")
	f.Println(`"default"`)
	f.Line("}")
}

func orderMethod(f *Func) {
	typ := f.P.Fresh("Acc")
	t := f.P.Helper("tick")
	f.P.Decl(fmt.Sprintf(`type %s struct{ total int }

func (a *%s) Add(v int) *%s {
	a.total += v
	return a
}`, typ, typ, typ))
	a := f.Fresh("acc")
	mk := f.Fresh("get")
	f.Linef("%s := &%s{}", a, typ)
	f.Linef("%s := func() *%s { %s(\"receiver\", 0); return %s }", mk, typ, t, a)
	f.Linef("%s().Add(%s).Add(%s)", mk, f.tick("arg1", 1), f.tick("arg2", 2))
	f.Println(a + ".total")
}
