// Feature group "defer": defer order and argument evaluation, named results changed by
// deferred closures, panics in deferred calls, nested and indirect recover, re-panics,
// runtime errors recovered and printed with %v and %T, panic values of many types.
package progen

import (
	"fmt"
	"strings"
)

var deferFeatures = []Feature{
	{"lifo", deferLIFO},
	{"namedresult", deferNamedResult},
	{"panicindefer", deferPanicInDefer},
	{"nested", deferNestedRecover},
	{"repanic", deferRepanic},
	{"recovernil", deferRecoverNil},
	{"runtimeerr", deferRuntimeError},
	{"panicvalues", deferPanicValues},
	{"loop", deferLoop},
	{"args", deferArgs},
}

func deferLIFO(f *Func) {
	fm := f.P.Import("fmt")
	f.Open("func() {")
	i := f.Fresh("i")
	f.Linef("for %s := 0; %s < %d; %s++ {", i, i, f.R.Range(1, 4), i)
	f.Linef("\tdefer %s.Println(%s, %s)", fm, f.Tag(), i)
	f.Line("}")
	x := f.Fresh("x")
	f.Linef("%s := %d", x, f.R.Range(0, 9))
	f.Linef("defer %s.Println(%s, \"at defer\", %s)", fm, f.Tag(), x)
	f.Linef("%s++", x)
	f.Linef("defer func() { %s.Println(%s, \"in closure\", %s) }()", fm, f.Tag(), x)
	f.Linef("%s *= 10", x)
	f.Println(x)
	f.Close("()")
}

func deferNamedResult(f *Func) {
	name := f.P.Fresh("divide")
	fm := f.P.Import("fmt")
	limit := f.R.Range(0, 5)
	mod := Pick(f.R, []string{"r *= 2", "r++", "r = -r", "r += 100"})
	f.P.Decl(fmt.Sprintf(`func %s(a, b int) (r int, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = %s.Errorf("recovered: %%v", rec)
			r = -1
		}
	}()
	defer func() { %s }()
	if a > %d {
		panic(%s.Sprintf("too big: %%d", a))
	}
	return a / b, nil
}`, name, fm, mod, limit, fm))
	for k := f.R.Range(2, 4); k > 0; k-- {
		r, err := f.Fresh("r"), f.Fresh("err")
		f.Linef("%s, %s := %s(%d, %d)", r, err, name, f.R.Range(-3, 9), Pick(f.R, []int{1, 2, -3, 0}))
		f.Println(r, err)
	}
	if f.R.Chance(50) { // a bare return after the deferred change, and a deferred change of a result variable shadowed inside
		g := f.P.Fresh("count")
		f.P.Decl(fmt.Sprintf(`func %s() (n int) {
	defer func() { n *= 3 }()
	n = %d
	if n > 2 {
		n := 100
		_ = n
	}
	return
}`, g, f.R.Range(1, 5)))
		f.Println(g + "()")
	}
}

func deferPanicInDefer(f *Func) {
	fm := f.P.Import("fmt")
	first := Pick(f.R, []string{`"first"`, "1", `errors.New("first")`})
	if strings.HasPrefix(first, "errors.") {
		f.P.Import("errors")
	}
	f.Try(func() {
		if f.R.Chance(60) {
			f.Linef("defer func() { %s.Println(%s, recover()) }()", fm, f.Tag())
		}
		f.Linef("defer func() { panic(%s) }()", Pick(f.R, []string{`"second"`, "2", `fmt.Errorf("second %d", 2)`}))
		if f.R.Chance(50) {
			f.Linef("defer %s.Println(%s, \"runs before the second panic\")", fm, f.Tag())
		}
		f.Linef("panic(%s)", first)
	})
}

func deferNestedRecover(f *Func) {
	fm := f.P.Import("fmt")
	f.Try(func() {
		f.Linef("defer func() {")
		f.Linef("\tdefer func() { %s.Println(%s, \"inner\", recover()) }()", fm, f.Tag())
		if f.R.Chance(50) {
			f.Linef("\tpanic(\"from the deferred function\")")
		} else {
			f.Linef("\t%s.Println(%s, \"outer sees\", %d)", fm, f.Tag(), f.R.Range(0, 9))
		}
		f.Line("}()")
		f.Linef("panic(%q)", Pick(f.R, []string{"original", "boom"}))
	})
}

func deferRepanic(f *Func) {
	fm := f.P.Import("fmt")
	f.Try(func() {
		f.Line("defer func() {")
		f.Line("\tr := recover()")
		f.Linef("\t%s.Println(%s, \"got\", r)", fm, f.Tag())
		f.Linef("\tpanic(%s.Sprint(\"re: \", r))", fm)
		f.Line("}()")
		f.Linef("panic(%s)", Pick(f.R, []string{"42", `"x"`, "3.5", "[]int{1, 2}"}))
	})
}

func deferRecoverNil(f *Func) {
	fm := f.P.Import("fmt")
	f.Println("recover()")
	f.Linef("func() {\n\t\tdefer func() { %s.Println(%s, \"no panic\", recover()) }()\n\t}()", fm, f.Tag())
	helper := f.P.Fresh("recoverIndirect")
	f.P.Decl(fmt.Sprintf("// %s calls recover, but not directly from a deferred call: it returns nil.\nfunc %s() any { return recover() }", helper, helper))
	f.Try(func() {
		f.Linef("defer func() { %s.Println(%s, \"indirect\", %s()) }()", fm, f.Tag(), helper)
		f.Linef("panic(%q)", "still panicking")
	})
	if f.R.Chance(40) {
		f.Try(func() {
			f.Linef("defer %s()", helper) // deferred directly: this one does recover
			f.Linef("panic(%q)", "recovered by a deferred named function")
		})
	}
}

// runtime errors with the statements that cause them
var runtimeErrors = []string{
	"var m map[string]int\n\tm[\"k\"] = 1",
	"s := []int{1, 2, 3}\n\ti := 5\n\t_ = s[i]",
	"s := make([]int, 2, 4)\n\tn := 5\n\t_ = s[1:n]",
	"var p *struct{ X int }\n\tp.X = 1",
	"a, b := 1, 0\n\t_ = a / b",
	"var x any = \"str\"\n\t_ = x.(int)",
	"var x any\n\t_ = x.(string)",
	"var ch chan int\n\tclose(ch)",
	"ch := make(chan int)\n\tclose(ch)\n\tclose(ch)",
	"ch := make(chan int, 1)\n\tclose(ch)\n\tch <- 1",
	"n := -1\n\t_ = make([]int, n)",
	"s := []int{1}\n\t_ = [2]int(s)",
	"s := \"abc\"\n\ti := 3\n\t_ = s[i]",
	"var f func()\n\tf()",
	"arr := [3]int{}\n\ti := -1\n\tarr[i%4] = 1",
	"var e error\n\t_ = e.Error()",
	"x := 0\n\tx = 1 / x",
	"s := []int{1, 2}\n\tlo, hi := 2, 1\n\t_ = s[lo:hi]",
	"var i interface{ M() }\n\ti.M()",
	"var x any = 1\n\t_ = x.(fmt.Stringer)",
}

func deferRuntimeError(f *Func) {
	f.P.Import("fmt")
	stmt := Pick(f.R, runtimeErrors)
	how := f.R.Intn(3)
	if how == 0 { // through the try helpers
		f.Try(func() {
			for _, l := range strings.Split(stmt, "\n\t") {
				f.Line(l)
			}
		})
		return
	}
	rt := f.P.Import("runtime")
	f.Open("func() {")
	f.Line("defer func() {")
	f.Line("\tr := recover()")
	f.Linef("\terr, isErr := r.(error)")
	f.Linef("\t_, isRuntime := r.(%s.Error)", rt)
	f.Linef("\tfmt.Println(%s, isErr, isRuntime)", f.Tag())
	f.Line("\tif isErr {")
	f.Linef("\t\tfmt.Println(%s, err.Error())", f.Tag())
	f.Line("\t}")
	if how == 2 {
		f.Linef("\tfmt.Printf(\"%%T\\n\", r)")
	}
	f.Line("}()")
	for _, l := range strings.Split(stmt, "\n\t") {
		f.Line(l)
	}
	f.Close("()")
}

var panicValues = []string{
	"42", `"message"`, "3.25", "true", `errors.New("an error")`, `fmt.Errorf("wrapped: %w", errors.New("inner"))`,
	"[]int{1, 2}", "map[string]int{\"a\": 1}", "struct{ A, B int }{1, 2}", "nil", "int8(-8)", "'r'", "uint(7)",
}

func deferPanicValues(f *Func) {
	v := Pick(f.R, panicValues)
	if strings.Contains(v, "errors.") {
		f.P.Import("errors")
	}
	f.P.Import("fmt")
	f.Try(func() {
		f.Linef("panic(%s)", v)
	})
	if f.R.Chance(40) {
		typ := f.P.Fresh("Status")
		f.P.Decl(fmt.Sprintf("type %s int\n\nfunc (s %s) String() string { return fmt.Sprintf(\"status-%%d\", int(s)) }", typ, typ))
		f.Try(func() {
			f.Linef("panic(%s(%d))", typ, f.R.Range(0, 9))
		})
	}
}

func deferLoop(f *Func) {
	fm := f.P.Import("fmt")
	f.Open("func() {")
	i := f.Fresh("i")
	f.Linef("for %s := range %d {", i, f.R.Range(1, 4))
	f.Linef("\tdefer func() { %s.Println(%s, \"closure\", %s) }()", fm, f.Tag(), i)
	if f.R.Chance(50) {
		f.Linef("\tdefer func(v int) { %s.Println(%s, \"arg\", v) }(%s * 10)", fm, f.Tag(), i)
	}
	f.Line("}")
	f.Close("()")
	// recovering inside each iteration keeps the loop going
	f.Linef("for %s := range %d {", i, f.R.Range(2, 4))
	f.Line("\tfunc() {")
	f.Linef("\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\t%s.Println(%s, \"iteration\", %s, r)\n\t\t\t}\n\t\t}()", fm, f.Tag(), i)
	f.Linef("\t\tif %s%%2 == 1 {\n\t\t\tpanic(%s)\n\t\t}", i, i)
	f.Line("\t}()")
	f.Line("}")
}

func deferArgs(f *Func) {
	tick := f.P.Helper("tick")
	fm := f.P.Import("fmt")
	f.Open("func() {")
	f.Linef("defer %s.Println(%s, %s(\"a\", 1)+%s(\"b\", 2))", fm, f.Tag(), tick, tick)
	c := f.P.Fresh("Cell")
	f.P.Decl(fmt.Sprintf("type %s struct{ v int }\n\nfunc (c %s) Show() { fmt.Println(\"cell\", c.v) }\n\nfunc (c *%s) ShowPtr() { fmt.Println(\"cell ptr\", c.v) }", c, c, c))
	v := f.Fresh("c")
	f.Linef("%s := %s{%d}", v, c, f.R.Range(0, 9))
	f.Linef("defer %s.Show()    // the receiver is copied now", v)
	f.Linef("defer %s.ShowPtr() // &%s is taken now", v, v)
	f.Linef("%s.v = %d", v, f.R.Range(10, 99))
	f.Linef("%s(\"body\", 0)", tick)
	f.Close("()")
}
