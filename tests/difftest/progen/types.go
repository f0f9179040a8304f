// The scalar types the expression generators work on, with the ranges the generator needs
// to keep constant expressions representable (Go rejects overflowing constants).
package progen

import "math/big"

// Kind groups scalar types by the operators they support.
type Kind int

const (
	KInt Kind = iota
	KFloat
	KString
	KBool
)

// Scalar is a predeclared type that local variables of the expression pool can have.
type Scalar struct {
	Name   string
	Kind   Kind
	Bits   int  // size in bits (int, uint and uintptr are 64 on the targets we compare)
	Signed bool // for integers
}

var (
	Int8    = &Scalar{"int8", KInt, 8, true}
	Int16   = &Scalar{"int16", KInt, 16, true}
	Int32   = &Scalar{"int32", KInt, 32, true}
	Int64   = &Scalar{"int64", KInt, 64, true}
	Int     = &Scalar{"int", KInt, 64, true}
	Uint8   = &Scalar{"uint8", KInt, 8, false}
	Uint16  = &Scalar{"uint16", KInt, 16, false}
	Uint32  = &Scalar{"uint32", KInt, 32, false}
	Uint64  = &Scalar{"uint64", KInt, 64, false}
	Uint    = &Scalar{"uint", KInt, 64, false}
	Uintptr = &Scalar{"uintptr", KInt, 64, false}
	Byte    = &Scalar{"byte", KInt, 8, false}
	Rune    = &Scalar{"rune", KInt, 32, true}
	Float32 = &Scalar{"float32", KFloat, 32, true}
	Float64 = &Scalar{"float64", KFloat, 64, true}
	String  = &Scalar{"string", KString, 0, false}
	Bool    = &Scalar{"bool", KBool, 0, false}
)

// IntTypes are every integer type, aliases included (byte and rune print the same but
// are spelled differently in %T and conversions).
var IntTypes = []*Scalar{Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Byte, Rune}

// FloatTypes are both float sizes.
var FloatTypes = []*Scalar{Float32, Float64}

// Min is the smallest value of an integer type.
func (t *Scalar) Min() *big.Int {
	if !t.Signed {
		return new(big.Int)
	}
	return new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(t.Bits-1)))
}

// Max is the largest value of an integer type.
func (t *Scalar) Max() *big.Int {
	bits := t.Bits
	if t.Signed {
		bits--
	}
	m := new(big.Int).Lsh(big.NewInt(1), uint(bits))
	return m.Sub(m, big.NewInt(1))
}

// Fits reports whether v is representable in the integer type.
func (t *Scalar) Fits(v *big.Int) bool {
	return v.Cmp(t.Min()) >= 0 && v.Cmp(t.Max()) <= 0
}

// same reports whether two scalars are the same Go type (byte is uint8, rune is int32).
func same(a, b *Scalar) bool {
	return canonical(a) == canonical(b)
}

func canonical(t *Scalar) *Scalar {
	switch t {
	case Byte:
		return Uint8
	case Rune:
		return Int32
	}
	return t
}
