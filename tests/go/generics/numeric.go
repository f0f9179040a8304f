// Generics (a program written to find divergences from Go): numeric.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Float interface{ ~float32 | ~float64 }
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}
type Number interface{ Integer | Float }

type Matrix[T Number] struct {
	r, c int
	d    []T
}

func NewMatrix[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.d[i*m.c+j] }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := NewMatrix[T](m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.d[i*out.c+j] = s
		}
	}
	return out
}

func (m Matrix[T]) String() string {
	s := ""
	for i := 0; i < m.r; i++ {
		s += fmt.Sprint(m.d[i*m.c : (i+1)*m.c])
	}
	return s
}

func Norm[T Number](v []T) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

func Mean[T Number](v []T) T {
	var s T
	for _, x := range v {
		s += x
	}
	return s / T(len(v))
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Pow[T Number](b T, e int) T {
	r := T(1)
	for ; e > 0; e-- {
		r *= b
	}
	return r
}

func BinarySearch[T Integer | Float | ~string](xs []T, x T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if xs[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(xs) && xs[lo] == x
}

func Format[T Number](x T) string {
	switch v := any(x).(type) {
	case float32:
		return strconv.FormatFloat(float64(v), 'g', -1, 32)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return strconv.FormatInt(int64(x), 10)
}

func Clamp[T Number](x, lo, hi T) T { return max(lo, min(x, hi)) }

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Println(a.Mul(b))
	fa := NewMatrix[float32](1, 2, 0.5, 0.25)
	fb := NewMatrix[float32](2, 1, 2, 4)
	fmt.Println(fa.Mul(fb))
	u8 := NewMatrix[uint8](1, 1, 200)
	fmt.Println(u8.Mul(u8))
	fmt.Printf("%.4f %.4f\n", Norm([]int{3, 4}), Norm([]float32{1, 1}))
	fmt.Println(Mean([]int{1, 2, 4}), Mean([]float64{1, 2, 4}), Mean([]uint8{250, 250}))
	fmt.Println(Abs(-3), Abs(-2.5), Abs(int8(-128)), Abs(float32(math.Inf(-1))))
	fmt.Println(GCD(48, 18), GCD[uint16](65535, 255), GCD(int64(-12), 8))
	fmt.Println(Pow(2, 10), Pow(2.0, -1), Pow[int8](2, 7), Pow[uint64](3, 40), Pow(1.5, 3))
	fmt.Println(BinarySearch([]int{1, 3, 5, 7}, 5))
	fmt.Println(BinarySearch([]string{"a", "c"}, "b"))
	fmt.Println(BinarySearch([]float64{0.5, 1.5}, 2))
	fmt.Println(Format(1.0/3), Format(float32(1.0/3)), Format(-42), Format[uint8](255))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp[uint](5, 1, 9))
	fmt.Println(math.NaN() == math.NaN(), Clamp(math.NaN(), 0, 1))
}
