// One test function being generated: its lines, block nesting, and the scalar variables
// in scope that expressions may read. Every variable a scope declares is printed when
// the scope closes, so no generated variable is ever unused (Go rejects those).
package progen

import (
	"fmt"
	"strconv"
	"strings"
)

// Func is a test function under construction.
type Func struct {
	P      *Program
	R      *Rand
	Name   string
	uses   []string // group/feature of each snippet, for the comment above the function
	lines  []string
	indent int
	scopes []*scope
	tags   int
}

// Var is a scalar local variable that expressions may read.
type Var struct {
	Name string
	T    *Scalar
}

type scope struct {
	vars  []Var
	quiet bool // the snippet uses its variables itself (goroutine bodies must not print)
}

func newFunc(p *Program, r *Rand, name string) *Func {
	f := &Func{P: p, R: r, Name: name, indent: 1}
	f.scopes = []*scope{{}}
	return f
}

// Line adds one statement at the current nesting.
func (f *Func) Line(s string) {
	f.lines = append(f.lines, strings.Repeat("\t", f.indent)+s+"\n")
}

// Linef adds one formatted statement.
func (f *Func) Linef(format string, args ...any) { f.Line(fmt.Sprintf(format, args...)) }

// Open starts a block: header must end with "{". Variables declared inside are printed
// when it closes.
func (f *Func) Open(header string) {
	f.Line(header)
	f.indent++
	f.scopes = append(f.scopes, &scope{})
}

// OpenQuiet starts a block whose variables are not printed at its end: for goroutine
// bodies, whose prints would race with the rest of the program.
func (f *Func) OpenQuiet(header string) {
	f.Open(header)
	f.scopes[len(f.scopes)-1].quiet = true
}

// Close ends the innermost block with "}" + trailer (e.g. "()" for a called closure).
func (f *Func) Close(trailer string) {
	f.printScope()
	f.scopes = f.scopes[:len(f.scopes)-1]
	f.indent--
	f.Line("}" + trailer)
}

// Else ends the innermost block's scope and goes on with line (e.g. "} else {"), which
// opens the next one.
func (f *Func) Else(line string) {
	f.printScope()
	f.scopes = f.scopes[:len(f.scopes)-1]
	f.indent--
	f.Line(line)
	f.indent++
	f.scopes = append(f.scopes, &scope{})
}

// Clause emits a case clause of a switch (its own scope); with fall set it ends with
// fallthrough, unless the body declared variables (they are printed last, and
// fallthrough must be the last statement).
func (f *Func) Clause(header string, fall bool, body func()) {
	f.Line(header)
	f.indent++
	f.scopes = append(f.scopes, &scope{})
	body()
	if fall && len(f.scopes[len(f.scopes)-1].vars) == 0 {
		f.Line("fallthrough")
	}
	f.printScope()
	f.scopes = f.scopes[:len(f.scopes)-1]
	f.indent--
}

// finish prints the function-level variables; the body is complete afterwards.
func (f *Func) finish() { f.printScope() }

func (f *Func) printScope() {
	s := f.scopes[len(f.scopes)-1]
	if s.quiet {
		return
	}
	for i := 0; i < len(s.vars); i += 6 {
		var names []string
		for _, v := range s.vars[i:min(i+6, len(s.vars))] {
			names = append(names, v.Name)
		}
		f.Println(names...)
	}
	s.vars = nil
}

// Quiet reports whether the innermost block must not print.
func (f *Func) Quiet() bool {
	for _, s := range f.scopes {
		if s.quiet {
			return true
		}
	}
	return false
}

// Declare adds `name := init` (init must have type t) and returns the new variable.
func (f *Func) Declare(t *Scalar, init string) string {
	name := f.P.Fresh("v")
	f.Linef("%s := %s", name, init)
	f.addVar(name, t)
	return name
}

// DeclareVar adds `var name T = init` (init may be an untyped constant) or, when init is
// empty, `var name T` (the zero value).
func (f *Func) DeclareVar(t *Scalar, init string) string {
	name := f.P.Fresh("v")
	if init == "" {
		f.Linef("var %s %s", name, t.Name)
	} else {
		f.Linef("var %s %s = %s", name, t.Name, init)
	}
	f.addVar(name, t)
	return name
}

func (f *Func) addVar(name string, t *Scalar) {
	s := f.scopes[len(f.scopes)-1]
	s.vars = append(s.vars, Var{name, t})
}

// Vars returns the variables in scope whose type satisfies keep.
func (f *Func) Vars(keep func(*Scalar) bool) []Var {
	var out []Var
	for _, s := range f.scopes {
		for _, v := range s.vars {
			if keep(v.T) {
				out = append(out, v)
			}
		}
	}
	return out
}

// VarsOf returns the variables in scope of exactly type t.
func (f *Func) VarsOf(t *Scalar) []Var {
	return f.Vars(func(u *Scalar) bool { return same(u, t) })
}

// Fresh returns a new local identifier that is not tracked (the snippet uses it itself).
func (f *Func) Fresh(prefix string) string { return f.P.Fresh(prefix) }

// Tag returns a quoted label naming the function and the print, so that a diff of two
// outputs points at the statement that printed the line.
func (f *Func) Tag() string {
	f.tags++
	return strconv.Quote(fmt.Sprintf("%s.%d:", f.Name, f.tags))
}

// Println prints a tag followed by the arguments.
func (f *Func) Println(args ...string) {
	fm := f.P.Import("fmt")
	f.Linef("%s.Println(%s)", fm, strings.Join(append([]string{f.Tag()}, args...), ", "))
}

// Printf prints a tag, then format applied to args, then a newline.
func (f *Func) Printf(format string, args ...string) {
	fm := f.P.Import("fmt")
	tag, _ := strconv.Unquote(f.Tag())
	list := append([]string{strconv.Quote(tag + " " + format + "\n")}, args...)
	f.Linef("%s.Printf(%s)", fm, strings.Join(list, ", "))
}

// Try wraps body in the try helper (or tryT, which also prints the panic value's type).
func (f *Func) Try(body func()) {
	name := "try"
	if f.R.Chance(12) {
		name = "tryT"
	}
	f.P.Helper(name)
	f.Open(fmt.Sprintf("%s(%s, func() {", name, f.Tag()))
	body()
	f.Close(")")
}
