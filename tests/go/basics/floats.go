// Tests float64/float32 arithmetic and how fmt prints floats, infinities and NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 1.0, 2.5, -0.0, 1e20, 1e21, 123456789.0, 1e-4, 1e-5)
	fmt.Println(3.0/2, 1/3.0, 2.0/3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	var third float32 = 1.0 / 3
	fmt.Println(third, float64(third))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	f1, f2, f3 := 3.99, -3.99, 2.5e9
	fmt.Println(int(f1), int(f2), int64(f3))
	n := 7
	fmt.Println(float64(n)/2, float64(n/2))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(16777217), float64(float32(16777217)))
	x := 1e308
	fmt.Println(x*10, -x*10)
	var negz = math.Copysign(0, -1)
	fmt.Println(negz, 1/negz)
	fmt.Println(100.0, 1e6, 1.5e6, 12345678.0, 0.000001234)
}
