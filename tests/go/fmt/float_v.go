// Tests %v and Println of float64 and float32 values across magnitudes (shortest repr, exponent thresholds).
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 3.0, 0.1, 0.5, 1.0 / 3, 2.0 / 3, 100, 123456.789, 1e6, 1e-5, 1e-4, 12345678,
		123456789, 1e20, 1e21, 1e-7, 0.000123, 5e-324, 1.7976931348623157e308, -0.0, 100.5, 99999999, 1.5e300}
	for _, v := range vals {
		fmt.Println(v)
	}
	f32 := []float32{0.1, 1.0 / 3, 16777216, 16777217, 1e10, 3.4e38, 1e-45, 2.5}
	for _, v := range f32 {
		fmt.Println(v)
	}
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum)
}
