// Random constants of each scalar type, biased towards the values where implementations
// go wrong: type boundaries, powers of two, negative numbers, special floats, invalid UTF-8.
package progen

import (
	"fmt"
	"math/big"
	mrand "math/rand"
	"strings"
)

// IntValue returns a value representable in the integer type t.
func (f *Func) IntValue(t *Scalar) *big.Int {
	r := f.R
	one := big.NewInt(1)
	switch r.Intn(9) {
	case 0:
		return t.Min()
	case 1:
		return t.Max()
	case 2:
		return new(big.Int).Add(t.Min(), one)
	case 3:
		return new(big.Int).Sub(t.Max(), one)
	case 4, 5: // small numbers, negative only when the type has them
		lo := 0
		if t.Signed {
			lo = -20
		}
		return big.NewInt(int64(r.Range(lo, 20)))
	case 6: // around a power of two below the type's width
		k := r.Intn(t.Bits - 1)
		if !t.Signed {
			k = r.Intn(t.Bits)
		}
		v := new(big.Int).Lsh(one, uint(k))
		v.Add(v, big.NewInt(int64(r.Range(-1, 1))))
		if t.Signed && r.Chance(40) {
			v.Neg(v)
		}
		if !t.Fits(v) {
			return t.Max()
		}
		return v
	default: // anywhere in the range
		span := new(big.Int).Sub(t.Max(), t.Min())
		v := new(big.Int).Rand(mrand.New(randSource{r}), span.Add(span, one))
		return v.Add(v, t.Min())
	}
}

// randSource feeds big.Int.Rand (which wants a math/rand source) from Rand.
type randSource struct{ r *Rand }

func (s randSource) Int63() int64 { return int64(s.r.Uint64() >> 1) }
func (s randSource) Seed(int64)   {}

// IntText spells v as a Go integer literal, in decimal or one of the other bases.
func (f *Func) IntText(v *big.Int) string {
	neg := v.Sign() < 0
	a := new(big.Int).Abs(v)
	var s string
	switch f.R.Intn(8) {
	case 0:
		s = "0x" + a.Text(16)
	case 1:
		s = "0X" + strings.ToUpper(a.Text(16))
	case 2:
		s = "0o" + a.Text(8)
	case 3:
		if a.BitLen() <= 16 {
			s = "0b" + a.Text(2)
		} else {
			s = a.Text(10)
		}
	case 4:
		s = underscores(a.Text(10))
	default:
		s = a.Text(10)
	}
	if neg {
		return "-" + s
	}
	return s
}

// underscores groups digits by three: 1_000_000.
func underscores(digits string) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// IntLit returns a typed constant of type t, e.g. int8(-128), and its value.
func (f *Func) IntLit(t *Scalar) (string, *big.Int) {
	v := f.IntValue(t)
	if (t == Rune || t == Int32) && v.IsInt64() && v.Int64() >= 32 && v.Int64() < 0x3000 && f.R.Chance(30) {
		return fmt.Sprintf("%s(%q)", t.Name, rune(v.Int64())), v
	}
	return fmt.Sprintf("%s(%s)", t.Name, f.IntText(v)), v
}

// float literals that are representable in both float32 and float64
var floatLits = []string{
	"0", "1", "-1", "0.1", "0.2", "0.3", "1.5", "-2.25", "3.0", "10", "100.5", "1e10",
	"1e-7", "123456.789", "-0.0", "0.5", "2.5", "3.5", "-7.75", "1e20", "6.02214076e23",
	"16777216", "16777217", "0.1e1", "1_000.5", "0x1p-2", "0x1.8p3", "3.14159265358979",
	"2.718281828", "1e-30", "9.999999", "4503599627370497", "-123.456e5",
}

// literals that only float64 can hold
var float64Lits = []string{
	"1e300", "-1e300", "1.7976931348623157e308", "5e-324", "2.5e-310", "1e-300",
	"9007199254740993", "0.30000000000000004", "1e100", "123456789012345678",
}

// literals at float32's edges
var float32Lits = []string{"3.4028234e38", "1.4e-45", "1.17549435e-38", "1e38", "-3.4e38"}

// FloatText returns a float literal representable in t, and whether it is zero.
func (f *Func) FloatText(t *Scalar) string {
	if f.R.Chance(25) {
		if t == Float64 {
			return Pick(f.R, float64Lits)
		}
		return Pick(f.R, float32Lits)
	}
	return Pick(f.R, floatLits)
}

// FloatLit returns a typed float constant such as float32(0.1).
func (f *Func) FloatLit(t *Scalar) string {
	return fmt.Sprintf("%s(%s)", t.Name, f.FloatText(t))
}

// NonzeroFloatLit is a typed float constant that is not zero (Go rejects x / 0.0).
func (f *Func) NonzeroFloatLit(t *Scalar) string {
	for {
		s := f.FloatText(t)
		if s != "0" && s != "-0.0" {
			return fmt.Sprintf("%s(%s)", t.Name, s)
		}
	}
}

// string literals (Go source), with multi-byte runes and invalid UTF-8 sequences
var stringLits = []string{
	`""`, `"a"`, `"hello"`, `"Hello, World"`, `"héllo"`, `"日本語"`, `"a\x80b"`, `"\xff\xfe"`,
	`"\u00e9t\u00e9"`, `"🙂ok"`, `"tab\there"`, `"line\nbreak"`, `"  spaced  "`, `"a,b,,c"`,
	`"\xe2\x82"`, `"€uro"`, `"ÀÉÎõü"`, `"x\x00y"`, `"quote\"d"`, "`raw\\n`", `"ǅungla"`,
	`"ß"`, `"İstanbul"`, `"ﬁne"`, `"123"`, `"-42"`, `"0x1F"`, `"3.25"`, `"1e400"`, `"true"`,
	`"\xed\xa0\x80"`, `"\xf4\x90\x80\x80"`, `"\U0010FFFF"`, `"Go Go Go"`, `"ab\u0301c"`,
	`"\xc0\x80"`, `"\xe0\x80\xaf"`, `"\xf0\x80\x80\x80x"`, `"\xf8\x88\x80\x80\x80"`, `"soft\u00adhyphen"`,
	`"line\u2028sep"`, `"\u200b"`, `"ǆ Ǆ ǅ"`, `"\u212a"`, `"\x7f\x1b[0m"`, `"\ufeffbom"`,
}

// StringLit returns a string literal.
func (f *Func) StringLit() string { return Pick(f.R, stringLits) }

// rune literals, including ones that are not valid code points
var runeLits = []string{
	"'a'", "'Z'", "'0'", "' '", "'é'", "'日'", "'🙂'", "'\\n'", "'\\x7f'", "'\\u00ff'",
	"'\\U0010ffff'", "0xD800", "0x110000", "-1", "0xFFFD", "0", "'ß'", "'İ'",
}

// RuneLit returns a constant usable as a rune (some are not valid code points).
func (f *Func) RuneLit() string { return Pick(f.R, runeLits) }

// Lit returns an untyped constant representable in t.
func (f *Func) Lit(t *Scalar) string {
	switch t.Kind {
	case KInt:
		return f.IntText(f.IntValue(t))
	case KFloat:
		return f.FloatText(t)
	case KString:
		return f.StringLit()
	default:
		return Pick(f.R, []string{"true", "false"})
	}
}
