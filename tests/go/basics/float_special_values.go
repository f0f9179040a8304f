// Tests -0, Inf, NaN and subnormal formatting with several verbs, NaN map keys, math rounding helpers.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	negz := math.Copysign(0, -1)
	inf := math.Inf(1)
	nan := math.NaN()
	vals := []float64{negz, inf, -inf, nan, 1e-320, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e20, 1e21, 123456789012345678}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|%G|%x|%s\n", v, v, v, v, v, v, v, strconv.FormatFloat(v, 'f', -1, 64))
	}
	fmt.Println(nan == nan, nan != nan, inf > math.MaxFloat64, negz == 0, 1/negz)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	var f32 float32 = 16777217
	fmt.Println(f32, float32(0.1)+float32(0.2), float64(float32(0.1)))
	fmt.Println(math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-2.5))
	fmt.Println(int(math.Round(2.4999)), math.Mod(-7, 3), math.Remainder(7, 3), math.Sqrt(-1), math.Log(0), math.Pow(0, -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%5.1f|%-7.2e|%+.3g|%#g|%#.3x\n", -0.05, 1234.5, 0.00012345, 1.0, 1.0)
	fmt.Println(float32(1)/3, float64(float32(1)/3), 1e100, float32(1e10))
	var x float64 = 3
	fmt.Println(x/0 == inf, -x/0, 0*inf)
}
