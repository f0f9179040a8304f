// Feature group "const": untyped constant expressions with big intermediate values and
// exact rational arithmetic, typed constants, iota. The generator evaluates every
// constant exactly (math/big) because Go rejects a constant that does not fit its type.
package progen

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

var constFeatures = []Feature{
	{"untyped", constUntyped},
	{"typed", constTyped},
	{"iota", constIota},
	{"mixed", constMixed},
}

// Constant kinds, in Go's order: an operation's result has the later kind of its operands.
const (
	ckInt = iota
	ckRune
	ckFloat
)

type cval struct {
	s    string
	v    *big.Rat
	kind int
}

// limit on the size of intermediate constants (gc allows 512-bit integers)
const constBits = 400

func tooBig(v *big.Rat) bool {
	return v.Num().BitLen() > constBits || v.Denom().BitLen() > constBits
}

func ratInt(i *big.Int) *big.Rat { return new(big.Rat).SetInt(i) }

func (f *Func) constLeaf(names []cval) cval {
	r := f.R
	if len(names) > 0 && r.Chance(30) {
		return Pick(r, names)
	}
	switch r.Intn(8) {
	case 0, 1:
		n := int64(r.Range(-20, 20))
		s := fmt.Sprint(n)
		if n < 0 {
			s = "(" + s + ")"
		}
		return cval{s, big.NewRat(n, 1), ckInt}
	case 2:
		k := r.Range(0, 200)
		return cval{fmt.Sprintf("(1 << %d)", k), ratInt(new(big.Int).Lsh(big.NewInt(1), uint(k))), ckInt}
	case 3:
		digits := make([]byte, r.Range(15, 40))
		for i := range digits {
			digits[i] = byte('0' + r.Intn(10))
		}
		digits[0] = byte('1' + r.Intn(9))
		v, _ := new(big.Int).SetString(string(digits), 10)
		return cval{string(digits), ratInt(v), ckInt}
	case 4:
		c := Pick(r, []rune{'a', 'Z', '0', '日', '\n', 'é', '🙂'})
		return cval{fmt.Sprintf("%q", c), big.NewRat(int64(c), 1), ckRune}
	default:
		s := Pick(r, []string{"1.5", "0.1", "1e100", "1e-100", "2.5e-3", "3.0", "0.3", "1e30", "7.25", "1e-7", "0x1p-10"})
		v, ok := new(big.Rat).SetString(strings.Replace(s, "0x1p-10", "1/1024", 1))
		if !ok {
			panic("progen: bad float constant " + s)
		}
		return cval{s, v, ckFloat}
	}
}

// constExpr returns an untyped constant expression and its exact value.
func (f *Func) constExpr(depth int, names []cval) cval {
	if depth <= 0 || f.R.Chance(20) {
		return f.constLeaf(names)
	}
	l, r := f.constExpr(depth-1, names), f.constExpr(depth-1, names)
	kind := max(l.kind, r.kind)
	ints := kind != ckFloat
	var v *big.Rat
	op := Pick(f.R, []string{"+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "&^", "neg"})
	switch op {
	case "+":
		v = new(big.Rat).Add(l.v, r.v)
	case "-":
		v = new(big.Rat).Sub(l.v, r.v)
	case "*":
		v = new(big.Rat).Mul(l.v, r.v)
	case "/":
		if r.v.Sign() == 0 {
			return l
		}
		if ints { // integer constants divide with truncation
			v = ratInt(new(big.Int).Quo(l.v.Num(), r.v.Num()))
		} else {
			v = new(big.Rat).Quo(l.v, r.v)
		}
	case "%":
		if !ints || r.v.Sign() == 0 {
			return l
		}
		v = ratInt(new(big.Int).Rem(l.v.Num(), r.v.Num()))
	case "<<", ">>":
		if l.kind == ckFloat {
			return r
		}
		k := f.R.Range(0, 70)
		if op == "<<" {
			v = ratInt(new(big.Int).Lsh(l.v.Num(), uint(k)))
		} else {
			v = ratInt(new(big.Int).Rsh(l.v.Num(), uint(k)))
		}
		v2 := cval{fmt.Sprintf("(%s %s %d)", l.s, op, k), v, l.kind}
		if tooBig(v) {
			return l
		}
		return v2
	case "neg":
		if f.R.Chance(50) && l.kind != ckFloat {
			return cval{"(^" + l.s + ")", ratInt(new(big.Int).Not(l.v.Num())), l.kind}
		}
		return cval{"(-" + l.s + ")", new(big.Rat).Neg(l.v), l.kind}
	default:
		if !ints {
			return r
		}
		a, b := l.v.Num(), r.v.Num()
		switch op {
		case "&":
			v = ratInt(new(big.Int).And(a, b))
		case "|":
			v = ratInt(new(big.Int).Or(a, b))
		case "^":
			v = ratInt(new(big.Int).Xor(a, b))
		default:
			v = ratInt(new(big.Int).AndNot(a, b))
		}
	}
	if tooBig(v) {
		return l
	}
	return cval{fmt.Sprintf("(%s %s %s)", l.s, op, r.s), v, kind}
}

// float64Of rounds a constant to float64 and reports whether it stays finite.
func float64Of(v *big.Rat) (float64, bool) {
	x, _ := v.Float64()
	return x, !math.IsInf(x, 0)
}

func float32Fits(v *big.Rat) bool {
	x, _ := v.Float32()
	return !math.IsInf(float64(x), 0)
}

// printConst prints c in a form Go accepts for its value: itself when it fits its default
// type, or converted, reduced or compared.
func (f *Func) printConst(c cval) {
	var outs []string
	intVal := c.v.IsInt()
	if c.kind != ckFloat {
		def := Int64
		if c.kind == ckRune {
			def = Int32
		}
		if def.Fits(c.v.Num()) {
			outs = append(outs, c.s)
		}
		if Uint64.Fits(c.v.Num()) && f.R.Chance(50) {
			outs = append(outs, "uint64("+c.s+")")
		}
		m := Pick(f.R, []int64{1000000007, 1 << 32, 97, 10})
		if c.kind == ckRune { // the result is a rune constant, printed as int32
			m = Pick(f.R, []int64{97, 10, 65536})
		}
		outs = append(outs, fmt.Sprintf("(%s) %% %d", c.s, m))
		if c.v.Num().BitLen() > 40 {
			outs = append(outs, fmt.Sprintf("(%s) >> %d", c.s, c.v.Num().BitLen()-20))
		}
	} else if _, ok := float64Of(c.v); ok {
		outs = append(outs, c.s)
	}
	if _, ok := float64Of(c.v); ok && f.R.Chance(60) {
		outs = append(outs, "float64("+c.s+")")
	}
	if float32Fits(c.v) && f.R.Chance(40) {
		outs = append(outs, "float32("+c.s+")")
	}
	if intVal && Int64.Fits(c.v.Num()) && c.kind == ckFloat {
		outs = append(outs, "int64("+c.s+")")
	}
	outs = append(outs, fmt.Sprintf("%s > %s", c.s, Pick(f.R, []string{"0", "1e300", "(1 << 64)", "-0.5"})))
	f.Println(outs...)
}

func constUntyped(f *Func) {
	var names []cval
	for i := f.R.Range(1, 3); i > 0; i-- {
		c := f.constExpr(f.R.Range(1, 4), names)
		if f.R.Chance(50) {
			name := f.Fresh("c")
			f.Linef("const %s = %s", name, c.s)
			c.s = name
			names = append(names, c)
		}
		f.printConst(c)
	}
}

// constTyped builds a typed constant step by step, keeping every intermediate result in
// range (each one must be representable in the type).
func constTyped(f *Func) {
	t := Pick(f.R, IntTypes)
	name := f.Fresh("k")
	v := f.IntValue(t)
	f.Linef("const %s %s = %s", name, t.Name, f.IntText(v))
	outs := []string{name}
	for i := f.R.Range(1, 4); i > 0; i-- {
		k := big.NewInt(int64(f.R.Range(1, 9)))
		var w *big.Int
		op := Pick(f.R, []string{"+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^"})
		switch op {
		case "+":
			w = new(big.Int).Add(v, k)
		case "-":
			w = new(big.Int).Sub(v, k)
		case "*":
			w = new(big.Int).Mul(v, k)
		case "/":
			w = new(big.Int).Quo(v, k)
		case "%":
			w = new(big.Int).Rem(v, k)
		case "<<":
			w = new(big.Int).Lsh(v, uint(k.Int64()))
		case ">>":
			w = new(big.Int).Rsh(v, uint(k.Int64()))
		case "&":
			w = new(big.Int).And(v, k)
		case "|":
			w = new(big.Int).Or(v, k)
		default:
			w = new(big.Int).Xor(v, k)
		}
		if !t.Fits(w) {
			continue
		}
		next := f.Fresh("k")
		f.Linef("const %s = %s %s %s", next, name, op, k)
		name, v = next, w
		outs = append(outs, name)
	}
	f.Println(outs...)
	f.Printf("%T %v", name, name)
}

func constIota(f *Func) {
	names := []string{f.Fresh("e"), f.Fresh("e"), f.Fresh("e"), f.Fresh("e")}
	typ := ""
	forms := []string{"iota", "iota * 10", "1 << iota", "iota + 'a'", "100 - iota", "1 << (10 * iota)", "iota*iota - 3"}
	if f.R.Chance(40) {
		typ = f.P.Fresh("Enum")
		base := Pick(f.R, []string{"int", "uint8", "int64"})
		f.P.Decl(fmt.Sprintf("type %s %s", typ, base))
		if base == "uint8" {
			forms = forms[:5] // the later forms overflow uint8
		}
	}
	spec := "= " + Pick(f.R, forms)
	if typ != "" {
		spec = typ + " " + spec
	}
	f.Line("const (")
	f.Linef("\t%s %s", names[0], spec)
	f.Linef("\t%s", names[1])
	if f.R.Chance(50) {
		f.Line("\t_")
	}
	f.Linef("\t%s", names[2])
	f.Linef("\t%s = %s", names[3], Pick(f.R, []string{"iota", "-1", "7", "\"s\""}))
	f.Line(")")
	f.Println(names...)
	if typ != "" {
		f.Printf("%T %v %d", names[0], names[1], names[2])
	}
}

func constMixed(f *Func) {
	f.EnsureInts()
	c := f.constExpr(2, nil)
	// an untyped constant takes the type of the variable it meets
	for _, v := range f.Vars(isInt) {
		if c.kind == ckFloat && !c.v.IsInt() {
			continue
		}
		if v.T.Fits(c.v.Num()) && c.v.IsInt() {
			f.Println(fmt.Sprintf("%s + %s", v.Name, c.s), fmt.Sprintf("%s * %s", c.s, v.Name))
			return
		}
	}
	if _, ok := float64Of(c.v); ok {
		f.EnsureFloats()
		if vs := f.VarsOf(Float64); len(vs) > 0 {
			v := Pick(f.R, vs).Name
			f.Println(fmt.Sprintf("%s * %s", v, c.s), fmt.Sprintf("float64(%s) / 3", c.s))
			return
		}
	}
	f.printConst(c)
}
