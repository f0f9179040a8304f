// Random well-typed expressions over the scalar variables in scope (Csmith-style). Every
// binary operation has a non-constant operand: two constants could overflow or divide by
// zero, which Go rejects at compile time, and these expressions are not evaluated here.
package progen

import (
	"fmt"
	"strconv"
)

type expr struct {
	s     string
	konst bool // a Go constant expression
}

// IntExpr returns an expression of integer type t, at most depth operators deep.
func (f *Func) IntExpr(t *Scalar, depth int) string { return f.intExpr(t, depth).s }

// IntExprNC is IntExpr that is never a constant expression.
func (f *Func) IntExprNC(t *Scalar, depth int) string { return f.nonConst(f.intExpr(t, depth), t).s }

func (f *Func) nonConst(e expr, t *Scalar) expr {
	if e.konst {
		return f.intVar(t)
	}
	return e
}

// EnsureInts declares a few integer variables when the function has none yet.
func (f *Func) EnsureInts() {
	if len(f.Vars(isInt)) >= 2 {
		return
	}
	for i := f.R.Range(2, 4); i > 0; i-- {
		t := Pick(f.R, IntTypes)
		lit, _ := f.IntLit(t)
		f.Declare(t, lit)
	}
}

func isInt(t *Scalar) bool   { return t.Kind == KInt }
func isFloat(t *Scalar) bool { return t.Kind == KFloat }

// intVar reads a variable: one of type t, or another integer variable converted to t.
func (f *Func) intVar(t *Scalar) expr {
	f.EnsureInts()
	if vs := f.VarsOf(t); len(vs) > 0 && f.R.Chance(75) {
		return expr{Pick(f.R, vs).Name, false}
	}
	v := Pick(f.R, f.Vars(isInt))
	if same(v.T, t) {
		return expr{v.Name, false}
	}
	return expr{fmt.Sprintf("%s(%s)", t.Name, v.Name), false}
}

func (f *Func) intLeaf(t *Scalar) expr {
	if f.R.Chance(65) {
		return f.intVar(t)
	}
	lit, _ := f.IntLit(t)
	return expr{lit, true}
}

func (f *Func) intExpr(t *Scalar, depth int) expr {
	if depth <= 0 || f.R.Chance(20) {
		return f.intLeaf(t)
	}
	switch f.R.Weighted([]int{30, 15, 12, 15, 8, 15, 4}) {
	case 0, 1: // arithmetic and bitwise operators, which wrap around silently
		op := Pick(f.R, []string{"+", "-", "*"})
		if f.R.Chance(40) {
			op = Pick(f.R, []string{"&", "|", "^", "&^"})
		}
		l, r := f.intExpr(t, depth-1), f.intExpr(t, depth-1)
		if l.konst && r.konst {
			r = f.intVar(t)
		}
		return expr{fmt.Sprintf("(%s %s %s)", l.s, op, r.s), false}
	case 2: // division and remainder: truncation towards zero, MinInt / -1
		l := f.intExpr(t, depth-1)
		d := f.Divisor(t, depth-1)
		if l.konst && d.konst {
			l = f.intVar(t)
		}
		return expr{fmt.Sprintf("(%s %s %s)", l.s, Pick(f.R, []string{"/", "%"}), d.s), false}
	case 3: // shifts, by constants and variables, past the width of the type
		l := f.nonConst(f.intExpr(t, depth-1), t)
		return expr{fmt.Sprintf("(%s %s %s)", l.s, Pick(f.R, []string{"<<", ">>"}), f.ShiftCount()), false}
	case 4:
		l := f.nonConst(f.intExpr(t, depth-1), t)
		return expr{fmt.Sprintf("%s(%s)", Pick(f.R, []string{"-", "^", "+"}), l.s), false}
	case 5: // conversions between sizes truncate or sign-extend
		from := Pick(f.R, IntTypes)
		e := f.nonConst(f.intExpr(from, depth-1), from)
		return expr{fmt.Sprintf("%s(%s)", t.Name, e.s), false}
	default:
		l, r := f.intExpr(t, depth-1), f.intExpr(t, depth-1)
		if l.konst && r.konst {
			r = f.intVar(t)
		}
		return expr{fmt.Sprintf("%s(%s, %s)", Pick(f.R, []string{"min", "max"}), l.s, r.s), false}
	}
}

// Divisor returns a divisor of type t that is never zero: a nonzero constant, or an
// expression with its lowest bit set.
func (f *Func) Divisor(t *Scalar, depth int) expr {
	if f.R.Chance(35) {
		for {
			v := f.IntValue(t)
			if v.Sign() != 0 {
				return expr{fmt.Sprintf("%s(%s)", t.Name, f.IntText(v)), true}
			}
		}
	}
	e := f.intExpr(t, depth)
	return expr{fmt.Sprintf("(%s | 1)", e.s), e.konst}
}

// ShiftCount returns a non-negative shift count: a constant (maybe past 64) or a variable.
func (f *Func) ShiftCount() string {
	switch f.R.Intn(4) {
	case 0, 1:
		return strconv.Itoa(Pick(f.R, []int{0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100}))
	case 2:
		if us := f.Vars(func(t *Scalar) bool { return t.Kind == KInt && !t.Signed }); len(us) > 0 {
			return Pick(f.R, us).Name
		}
		fallthrough
	default: // a signed count is allowed when it is not negative
		v := f.intVar(Pick(f.R, IntTypes))
		return fmt.Sprintf("(%s & %d)", v.s, Pick(f.R, []int{7, 15, 31, 63, 127}))
	}
}

// EnsureFloats declares a float variable of each size when there are none.
func (f *Func) EnsureFloats() {
	if len(f.Vars(isFloat)) >= 2 {
		return
	}
	for _, t := range FloatTypes {
		f.Declare(t, f.FloatLit(t))
	}
}

func (f *Func) floatVar(t *Scalar) expr {
	f.EnsureFloats()
	if vs := f.VarsOf(t); len(vs) > 0 && f.R.Chance(75) {
		return expr{Pick(f.R, vs).Name, false}
	}
	if f.R.Chance(30) {
		f.EnsureInts()
		return expr{fmt.Sprintf("%s(%s)", t.Name, Pick(f.R, f.Vars(isInt)).Name), false}
	}
	return expr{fmt.Sprintf("%s(%s)", t.Name, Pick(f.R, f.Vars(isFloat)).Name), false}
}

// FloatExpr returns an expression of float type t.
func (f *Func) FloatExpr(t *Scalar, depth int) string { return f.floatExpr(t, depth).s }

func (f *Func) floatExpr(t *Scalar, depth int) expr {
	if depth <= 0 || f.R.Chance(20) {
		if f.R.Chance(70) {
			return f.floatVar(t)
		}
		return expr{f.FloatLit(t), true}
	}
	switch f.R.Weighted([]int{40, 10, 10, 20, 10}) {
	case 0:
		l, r := f.floatExpr(t, depth-1), f.floatExpr(t, depth-1)
		if l.konst && r.konst {
			r = f.floatVar(t)
		}
		return expr{fmt.Sprintf("(%s %s %s)", l.s, Pick(f.R, []string{"+", "-", "*"}), r.s), false}
	case 1: // division by a variable zero gives Inf or NaN; by a constant zero is an error
		l := f.floatExpr(t, depth-1)
		if f.R.Chance(40) {
			return expr{fmt.Sprintf("(%s / %s)", f.floatVar(t).s, f.NonzeroFloatLit(t)), false}
		}
		return expr{fmt.Sprintf("(%s / %s)", l.s, f.floatVar(t).s), false}
	case 2:
		e := f.floatExpr(t, depth-1)
		if e.konst {
			e = f.floatVar(t)
		}
		return expr{fmt.Sprintf("-(%s)", e.s), false}
	case 3: // math functions compute in float64
		m := f.P.Import("math")
		a := f.floatExpr(Float64, depth-1).s
		if t == Float32 {
			a = f.floatExpr(Float32, depth-1).s
			a = "float64(" + a + ")"
		}
		var call string
		switch f.R.Intn(3) {
		case 0:
			call = fmt.Sprintf("%s.%s(%s)", m, Pick(f.R, []string{"Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Round", "RoundToEven", "Cbrt"}), a)
		case 1:
			b := f.floatExpr(Float64, depth-1).s
			call = fmt.Sprintf("%s.%s(%s, %s)", m, Pick(f.R, []string{"Mod", "Max", "Min", "Pow", "Hypot", "Dim", "Copysign", "Remainder"}), a, b)
		default:
			call = fmt.Sprintf("%s.%s(%s)", m, Pick(f.R, []string{"Sin", "Cos", "Exp", "Log", "Log2", "Log10", "Atan", "Tanh"}), a)
		}
		if t == Float32 {
			call = "float32(" + call + ")"
		}
		return expr{call, false}
	default: // conversions between sizes and from integers round
		if f.R.Chance(50) {
			from := Pick(f.R, FloatTypes)
			e := f.floatExpr(from, depth-1)
			if e.konst { // float32(1e300) does not compile
				e = f.floatVar(from)
			}
			return expr{fmt.Sprintf("%s(%s)", t.Name, e.s), false}
		}
		from := Pick(f.R, IntTypes)
		return expr{fmt.Sprintf("%s(%s)", t.Name, f.IntExprNC(from, depth-1)), false}
	}
}

// BoolExpr returns a boolean expression comparing integers, floats or strings.
func (f *Func) BoolExpr(depth int) string {
	if depth > 0 && f.R.Chance(30) {
		if f.R.Chance(20) {
			return "!(" + f.BoolExpr(depth-1) + ")"
		}
		return fmt.Sprintf("(%s %s %s)", f.BoolExpr(depth-1), Pick(f.R, []string{"&&", "||", "==", "!="}), f.BoolExpr(depth-1))
	}
	op := Pick(f.R, []string{"<", "<=", ">", ">=", "==", "!="})
	switch f.R.Intn(3) {
	case 0:
		t := Pick(f.R, IntTypes)
		return fmt.Sprintf("(%s %s %s)", f.IntExprNC(t, 1), op, f.IntExpr(t, 1))
	case 1:
		t := Pick(f.R, FloatTypes)
		return fmt.Sprintf("(%s %s %s)", f.floatVar(t).s, op, f.FloatExpr(t, 1))
	default:
		return fmt.Sprintf("(%s %s %s)", f.StringExpr(1), op, f.StringExpr(1))
	}
}

// EnsureStrings declares a couple of string variables when there are none.
func (f *Func) EnsureStrings() {
	for len(f.VarsOf(String)) < 2 {
		f.Declare(String, f.StringLit())
	}
}

// StringExpr returns a string expression (never a constant one, so comparisons and
// conversions happen at run time).
func (f *Func) StringExpr(depth int) string {
	f.EnsureStrings()
	leaf := Pick(f.R, f.VarsOf(String)).Name
	if depth <= 0 || f.R.Chance(30) {
		return leaf
	}
	switch f.R.Intn(6) {
	case 0:
		return fmt.Sprintf("(%s + %s)", f.StringExpr(depth-1), f.StringLit())
	case 1:
		return fmt.Sprintf("(%s + %s)", f.StringLit(), f.StringExpr(depth-1))
	case 2:
		s := f.P.Import("strings")
		if f.R.Chance(20) {
			return fmt.Sprintf("%s.ToValidUTF8(%s, %q)", s, f.StringExpr(depth-1), Pick(f.R, []string{"?", "", "\uFFFD"}))
		}
		return fmt.Sprintf("%s.%s(%s)", s, Pick(f.R, []string{"ToUpper", "ToLower", "TrimSpace", "ToTitle"}), f.StringExpr(depth-1))
	case 3: // string(rune) of any integer: invalid code points become U+FFFD
		return fmt.Sprintf("string(rune(%s))", f.IntExprNC(Pick(f.R, IntTypes), depth-1))
	case 4:
		sc := f.P.Import("strconv")
		return fmt.Sprintf("%s.Itoa(int(%s))", sc, f.IntExprNC(Pick(f.R, IntTypes), depth-1))
	default:
		return fmt.Sprintf("(%s + %s)", f.StringExpr(depth-1), f.StringExpr(depth-1))
	}
}
