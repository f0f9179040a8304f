// Package math, bit-identical to Go's on amd64: the functions Go implements in assembly
// there (Exp, Log, Hypot, Floor, ...) are natives doing the same operations; the rest
// follow Go's pure-Go algorithms step by step, so every rounding happens as in Go.
package math

const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831358699348426658106808327573018883
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10

	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52

	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// Natives: exact operations, and the functions Go writes in amd64 assembly.
func Sqrt(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func RoundToEven(x float64) float64
func FMA(x, y, z float64) float64
func Exp(x float64) float64
func Log(x float64) float64
func Hypot(p, q float64) float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32

// The layout of a float64, and Go's NaN.
const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	uvone    = 0x3FF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

func NaN() float64 { return Float64frombits(uvnan) }

func IsNaN(f float64) (is bool) { return f != f }

func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }

// Max returns the larger of x or y; Max(x, NaN) = NaN and Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y; Min(x, NaN) = NaN and Min(-0, +0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Modf returns integer and fractional parts that sum to f, both with f's sign.
func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	frac = Copysign(f-int, f)
	return
}

// Round rounds half away from zero by adding half an integer's unit to the bits.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e < bias {
		bits &= signMask
		if e == bias-1 {
			bits |= uvone
		}
	} else if e < bias+shift {
		const half = 1 << (shift - 1)
		e -= bias
		bits += half >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

// normalize scales a subnormal x to a normal number: x = y * 2**exp.
func normalize(x float64) (y float64, exp int) {
	const smallestNormal = 2.2250738585072014e-308
	if Abs(x) < smallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x &^= mask << shift
	x |= (-1 + bias) << shift
	return Float64frombits(x), exp
}

func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>shift)&mask - bias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	var m float64 = 1
	if exp < -1022 { // subnormal: build 2**53 times the result, then scale exactly once
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x &^= mask << shift
	x |= uint64(exp+bias) << shift
	return m * Float64frombits(x)
}

func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 { // exact powers of two
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Ln2Hi + Ln2Lo = Ln2, with Ln2Hi's low bits zero so that k*Ln2Hi is exact.
const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
)

// Log1p: FreeBSD's algorithm; u = 1+x rounded, with the rounding error c corrected.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01
		sqrt2HalfM1 = -2.928932188134524755992e-01
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	absx := Abs(x)
	if absx < sqrt2M1 {
		if absx < small {
			if absx < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			return log1pReduced(x, 0, 0, 1)
		}
	}
	u, c := x, 0.0
	if absx < 1<<53 {
		u = 1.0 + x
		if int((Float64bits(u)>>52)-1023) > 0 {
			c = 1.0 - (u - x)
		} else {
			c = x - (u - 1.0)
		}
		c /= u
	}
	iu := Float64bits(u)
	k := int((iu >> 52) - 1023)
	iu &= fracMask
	if iu < 0x0006a09e667f3bcd { // mantissa below Sqrt2's: u in [1, Sqrt2)
		u = Float64frombits(iu | 0x3ff0000000000000)
	} else {
		k++
		u = Float64frombits(iu | 0x3fe0000000000000)
		iu = (0x0010000000000000 - iu) >> 2
	}
	return log1pReduced(u-1.0, k, c, iu)
}

// log1pReduced returns k*Ln2 + log(1+f) + c for Sqrt2/2-1 < f < Sqrt2-1; iu == 0 means
// |f| < 2**-20.
func log1pReduced(f float64, k int, c float64, iu uint64) float64 {
	const (
		lp1 = 6.666666666666735130e-01
		lp2 = 3.999999999940941908e-01
		lp3 = 2.857142874366239149e-01
		lp4 = 2.222219843214978396e-01
		lp5 = 1.818357216161805012e-01
		lp6 = 1.531383769920937332e-01
		lp7 = 1.479819860511658591e-01
	)
	hfsq := 0.5 * f * f
	fk := float64(k)
	if iu == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += fk * ln2Lo
			return fk*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return fk*ln2Hi - ((R - (fk*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return fk*ln2Hi - ((hfsq - (s*(hfsq+R) + (fk*ln2Lo + c))) - f)
}

// Exp2: k = round(x), then exp((x-k)*Ln2) * 2**k with Ln2 in two parts.
func Exp2(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case x > 1.0239999999999999e+03:
		return Inf(1)
	case x < -1.0740e+03:
		return 0
	}
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expmulti(t*ln2Hi, -t*ln2Lo, k)
}

// expmulti returns exp(hi-lo) * 2**k for |hi-lo| <= Ln2/2 (a Remez polynomial).
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1: FreeBSD's algorithm; x = k*Ln2 + r, then expm1(r) rescaled by 2**k.
func Expm1(x float64) float64 {
	const (
		othreshold = 7.09782712893383973096e+02
		ln2X56     = 3.88162421113569373274e+01
		ln2HalfX3  = 1.03972077083991796413e+00
		ln2Half    = 3.46573590279972654709e-01
		invLn2     = 1.44269504088896338700e+00
		tiny       = 1.0 / (1 << 54)
	)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	absx := Abs(x)
	if absx >= ln2X56 {
		if x < 0 {
			return -1
		}
		if absx >= othreshold {
			return Inf(1)
		}
	}
	if absx < tiny {
		return x
	}
	if absx <= ln2Half {
		return expm1Scaled(x, 0, 0)
	}
	var hi, lo float64
	var k int
	switch {
	case absx < ln2HalfX3 && x > 0:
		hi, lo, k = x-ln2Hi, ln2Lo, 1
	case absx < ln2HalfX3:
		hi, lo, k = x+ln2Hi, -ln2Lo, -1
	default:
		if x > 0 {
			k = int(invLn2*x + 0.5)
		} else {
			k = int(invLn2*x - 0.5)
		}
		t := float64(k)
		hi = x - t*ln2Hi
		lo = t * ln2Lo
	}
	r := hi - lo
	return expm1Scaled(r, k, (hi-r)-lo)
}

// expm1Scaled returns 2**k * (1 + expm1(x+c)) - 1 for |x| <= Ln2/2, c the reduction's
// rounding error.
func expm1Scaled(x float64, k int, c float64) float64 {
	const (
		q1 = -3.33333333333331316428e-02
		q2 = 1.58730158725481460165e-03
		q3 = -7.93650757867487942473e-05
		q4 = 4.00821782732936239552e-06
		q5 = -2.01099218183624371326e-07
	)
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = (x*(e-c) - c)
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		return addExp(1-(e-x), k) - 1
	case k < 20:
		t = Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1-2**-k
		return addExp(t-(e-x), k)
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return addExp(y, k)
}

// addExp multiplies y by 2**k by adding k to its exponent field (no range checks).
func addExp(y float64, k int) float64 {
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}

func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	sign := x < 0
	if sign {
		x = -x
	}
	var temp float64
	switch {
	case x > 21:
		temp = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		temp = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		temp = (((p3*sq+p2)*sq+p1)*sq + p0) * x
		temp = temp / (((sq+q2)*sq+q1)*sq + q0)
	}
	if sign {
		temp = -temp
	}
	return temp
}

func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh's rational approximation below 0.625 (Cephes coefficients).
var tanhP = [...]float64{
	-9.64399179425052238628e-1,
	-9.92877231001918586564e1,
	-1.61468768441708447952e3,
}

var tanhQ = [...]float64{
	1.12811678491632931402e2,
	2.23548839060100448583e3,
	4.84406305325125486048e3,
}

func Tanh(x float64) float64 {
	const maxLog = 8.8029691931113054295988e+01 // log(2**127)
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
		return z
	case x == 0:
		return x
	}
	s := x * x
	return x + x*s*((tanhP[0]*s+tanhP[1])*s+tanhP[2])/(((s+tanhQ[0])*s+tanhQ[1])*s+tanhQ[2])
}

// Cbrt: a bit-level estimate of the cube root, a polynomial refinement to 23 bits,
// rounding to 21 bits and one Newton step (FreeBSD's algorithm).
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163 // (682-0.03306235651)*2**20
		b2             = 696219795 // (664-0.03306235651)*2**20
		c              = 5.42857142857142815906e-01
		d              = -7.05306122448979611050e-01
		e              = 1.41428571428571436819e+00
		f              = 1.60714285714285720630e+00
		g              = 3.57142857142857150787e-01
		smallestNormal = 2.22507385850720138309e-308
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	sign := x < 0
	if sign {
		x = -x
	}
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if sign {
		t = -t
	}
	return t
}

// Pi/4 in three parts for the reduction of trigonometric arguments below 2**29.
const (
	pi4A            = 7.85398125648498535156e-1
	pi4B            = 3.77489470793079817668e-8
	pi4C            = 2.69515142907905952645e-15
	reduceThreshold = 1 << 29
)

// trigOctant reduces x >= 0 to z in [-Pi/4, Pi/4] with x = j*Pi/4 + z, j even (Cody-Waite
// below 2**29, Payne-Hanek above).
func trigOctant(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	return j, ((x - y*pi4A) - y*pi4B) - y*pi4C
}

// sinPoly and cosPoly are sin and cos on [-Pi/4, Pi/4] (Cephes coefficients).
var _sin = [...]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var _cos = [...]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

func sinPoly(z float64) float64 {
	zz := z * z
	return z + z*zz*((((((_sin[0]*zz)+_sin[1])*zz+_sin[2])*zz+_sin[3])*zz+_sin[4])*zz+_sin[5])
}

func cosPoly(z float64) float64 {
	zz := z * z
	return 1.0 - 0.5*zz + zz*zz*((((((_cos[0]*zz)+_cos[1])*zz+_cos[2])*zz+_cos[3])*zz+_cos[4])*zz+_cos[5])
}

func Sin(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	sign := x < 0
	j, z := trigOctant(Abs(x))
	j &= 7
	if j > 3 {
		sign = !sign
		j -= 4
	}
	y := sinPoly(z)
	if j == 1 || j == 2 {
		y = cosPoly(z)
	}
	if sign {
		y = -y
	}
	return y
}

func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	j, z := trigOctant(Abs(x))
	j &= 7
	sign := j > 3
	if sign {
		j -= 4
	}
	if j > 1 {
		sign = !sign
	}
	y := cosPoly(z)
	if j == 1 || j == 2 {
		y = sinPoly(z)
	}
	if sign {
		y = -y
	}
	return y
}

// Tan's rational approximation on [-Pi/4, Pi/4] (Cephes coefficients).
var _tanP = [...]float64{
	-1.30936939181383777646e4,
	1.15351664838587416140e6,
	-1.79565251976484877988e7,
}

var _tanQ = [...]float64{
	1.00000000000000000000e0,
	1.36812963470692954678e4,
	-1.32089234440210967447e6,
	2.50083801823357915839e7,
	-5.38695755929454629881e7,
}

func Tan(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	j, z := trigOctant(Abs(x))
	zz := z * z
	y := z
	if zz > 1e-14 {
		y = z + z*(zz*(((_tanP[0]*zz)+_tanP[1])*zz+_tanP[2])/((((zz+_tanQ[1])*zz+_tanQ[2])*zz+_tanQ[3])*zz+_tanQ[4]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if x < 0 {
		y = -y
	}
	return y
}

// trigReduce is Payne-Hanek reduction for x >= 2**29: the bits of 4/Pi around x's
// exponent, multiplied by x's mantissa, give the octant and the fraction of x/(Pi/4).
func trigReduce(x float64) (j uint64, z float64) {
	ix := Float64bits(x)
	exp := int(ix>>shift&mask) - bias - shift
	ix &^= mask << shift
	ix |= 1 << shift
	digit, bitshift := uint(exp+61)/64, uint(exp+61)%64
	z0 := (mPi4[digit] << bitshift) | (mPi4[digit+1] >> (64 - bitshift))
	z1 := (mPi4[digit+1] << bitshift) | (mPi4[digit+2] >> (64 - bitshift))
	z2 := (mPi4[digit+2] << bitshift) | (mPi4[digit+3] >> (64 - bitshift))
	z2hi, _ := mul64(z2, ix)
	z1hi, z1lo := mul64(z1, ix)
	lo := z1lo + z2hi
	hi := z0*ix + z1hi
	if lo < z1lo {
		hi++
	}
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := leadingZeros64(hi)
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - shift
	hi |= e << shift
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * (Pi / 4)
}

// mPi4 is the binary expansion of 4/Pi (1217 bits), for trigReduce.
var mPi4 = [...]uint64{
	0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
	0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
	0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
	0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
}

// mul64 returns the 128-bit product x*y as hi, lo (from 32-bit halves).
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
}

func leadingZeros64(x uint64) uint {
	n := uint(64)
	for x != 0 {
		x >>= 1
		n--
	}
	return n
}

// Asin and Acos reduce to the arctangent.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	sign := x < 0
	if sign {
		x = -x
	}
	if x > 1 {
		return NaN()
	}
	temp := Sqrt(1 - x*x)
	if x > 0.7 {
		temp = Pi/2 - satan(temp/x)
	} else {
		temp = satan(x / temp)
	}
	if sign {
		temp = -temp
	}
	return temp
}

func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// xatan is atan on [0, 0.66] (Cephes' rational approximation).
func xatan(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	return x*z + x
}

// satan reduces x >= 0 to [0, 0.66] for xatan.
func satan(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // the part of Pi/2 that float64 misses
		tan3pio8 = 2.41421356237309504880      // tan(3*Pi/8)
	)
	if x <= 0.66 {
		return xatan(x)
	}
	if x > tan3pio8 {
		return Pi/2 - xatan(1/x) + morebits
	}
	return Pi/4 + xatan((x-1)/(x+1)) + 0.5*morebits
}

func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return satan(x)
	}
	return -satan(-x)
}

func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		return Copysign(atan2Inf(x, IsInf(y, 0)), y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// atan2Inf is |Atan2(y, x)| for an infinite x.
func atan2Inf(x float64, yInf bool) float64 {
	switch {
	case x > 0 && yInf:
		return Pi / 4
	case x > 0:
		return 0
	case yInf:
		return 3 * Pi / 4
	}
	return Pi
}

func isOddInt(x float64) bool {
	if Abs(x) >= (1 << 53) {
		return false
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		return powZero(x, y)
	case IsInf(y, 0):
		return powHuge(x, y)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		return powHuge(x, y)
	}
	// x**y = x**yf * x**yi: the fraction by Exp and Log, the integer by squaring with
	// the exponents kept apart from the mantissas.
	a1 := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a1 = Exp(yf * Log(x))
	}
	x1, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			ae += xe // certain overflow or underflow: leave it to Ldexp
			break
		}
		if i&1 == 1 {
			a1 *= x1
			ae += xe
		}
		x1 *= x1
		xe <<= 1
		if x1 < .5 {
			x1 += x1
			xe--
		}
	}
	if y < 0 {
		a1 = 1 / a1
		ae = -ae
	}
	return Ldexp(a1, ae)
}

// powZero is Pow(±0, y) for y != 0.
func powZero(x, y float64) float64 {
	odd := Signbit(x) && isOddInt(y)
	switch {
	case y < 0 && odd:
		return Inf(-1)
	case y < 0:
		return Inf(1)
	case odd:
		return x
	}
	return 0
}

// powHuge is Pow(x, y) for |y| infinite or at least 2**63 (an even integer).
func powHuge(x, y float64) float64 {
	switch {
	case x == -1:
		return 1
	case (Abs(x) < 1) == (y > 0):
		return 0
	}
	return Inf(1)
}

// Mod subtracts y scaled by powers of two, each subtraction exact.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	yfr, yexp := Frexp(y)
	r := x
	if x < 0 {
		r = -x // not Abs: -0 stays -0
	}
	for r >= y {
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp = rexp - 1
		}
		r = r - Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

func Remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 2**-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	sign := x < 0
	if sign {
		x = -x // not Abs: -0 stays -0
	}
	y = Abs(y)
	if x == y {
		if sign {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // now x < 2y
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		yHalf := 0.5 * y
		if x > yHalf {
			x -= y
			if x >= yHalf {
				x -= y
			}
		}
	}
	if sign {
		x = -x
	}
	return x
}
