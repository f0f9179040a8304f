// Tests math special values and limits: Inf, NaN, IsInf, IsNaN, MaxInt64, MinInt64, MaxUint32, MaxFloat64 and overflow behaviour.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(ninf, 1), math.IsInf(ninf, 0), math.IsNaN(nan), math.IsNaN(inf))
	fmt.Println(inf+1, inf-inf, inf*0, -inf, 1/inf)
	fmt.Println(nan == nan, nan < 0, math.Max(nan, 1), math.Min(ninf, 1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(uint32(math.MaxUint32), math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, uint16(math.MaxUint16))
	var u uint64 = math.MaxUint64
	fmt.Println(u, u+1)
	fmt.Println(math.MaxFloat32, math.MaxFloat64)
	fmt.Println(math.SmallestNonzeroFloat64, math.SmallestNonzeroFloat32)
	x := math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	fmt.Println(math.Sqrt(inf), math.Floor(inf), math.Abs(ninf), math.Pow(2, 1024))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0))
}
