// Tests printing floats and integers in various forms via Println and Printf.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.1+0.2, 1.0, -0.0, 100.0/3)
	fmt.Println(float32(1)/3, float32(0.1), float32(16777217), float32(1e10))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E, math.Sqrt2, 2.0/3.0)
	var z float64
	fmt.Println(-z, 1/z, -1/z, z/z == z/z)
	fmt.Printf("%v %g %G %e %E %f %F\n", 1234.5678, 1234.5678, 1e-10, 1234.5678, 1234.5678, 1234.5678, 1e3)
	fmt.Printf("%.0f %.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, -0.5, 0.05)
	fmt.Printf("%8.3e|%-10.2g|%+.3g|% .2f|%010.2f\n", 12345.678, 0.000123, 1.0, 3.14159, -3.14159)
	fmt.Printf("%g %g %g %g\n", 1e5, 1e21, 1e-4, 1e-5)
	fmt.Printf("%.3g %.10g %g\n", 123456.0, 1.0/3, float32(0.1))
	fmt.Printf("%x %X\n", 3.5, -1.25)
	fmt.Printf("%d %d %d\n", math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Printf("%08b %o %O %x\n", -5, -8, 64, -1)
	fmt.Printf("%5d|%-5d|%05d|% d|%+d|% 05d\n", 42, 42, -42, 42, 0, 7)
	fmt.Printf("%c%c%c %q %q %U\n", 72, 105, 0x1F600, 65, 0x1F600, 0x1F600)
	fmt.Printf("%v %v %v\n", int8(-128), uint16(65535), uintptr(10))
	fmt.Printf("%t %v\n", 1 == 1, 2 < 1)
	fmt.Printf("%6.2v|%.3v|%10v|\n", math.Pi, "abcdef", 3.5)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Remainder(7, 3), math.Abs(-0.0))
	fmt.Println(math.MaxInt32, math.MinInt16, math.MaxUint8)
	fmt.Println(5/2, -5/2, 5%-2, -5%2, 5.0/2, 1<<10)
	fmt.Println(math.Pow(2, 0.5), math.Cbrt(27), math.Hypot(3, 4), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.IsNaN(math.Sqrt(-1)), math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0))
	fmt.Println(int64(math.Float32bits(-1)), math.Float64frombits(0x4000000000000000))
	f, frac := math.Modf(-3.75)
	fmt.Println(f, frac)
}
