// Tests math functions: Sqrt, Pow, Floor, Ceil, Trunc, Round, Abs, Max, Min, Mod, Hypot, Log, Exp.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2), math.Pow(0, 0))
	for _, x := range []float64{2.5, -2.5, 3.49, -0.4, 7} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Abs(-3.2), math.Abs(4), math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2), math.Remainder(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(1))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(math.Pi), math.Atan2(1, 1)*4)
	fmt.Println(math.Pi, math.E)
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Signbit(1))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5))
}
