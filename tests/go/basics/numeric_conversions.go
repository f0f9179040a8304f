// Tests conversions between numeric types: truncation, precision loss and sign changes.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	big := 16777217
	fmt.Println(float32(big), int(float32(big)))
	f := 1e10
	fmt.Println(int64(f), int32(int64(f)))
	neg := -2.7
	fmt.Println(int(neg), uint8(int(neg)))
	u := uint32(3000000000)
	fmt.Println(int32(u), int64(u), float64(u))
	var i64 int64 = 1<<53 + 1
	fmt.Println(float64(i64) == float64(i64-1), int64(float64(i64)))
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %.1f\n", CToF(37), CToF(37))
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), float64(x/y))
	var r rune = 0x1F600
	fmt.Println(byte(r), uint16(r), string(r))
	h := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += h
	}
	fmt.Println(sum, sum == 1.0, float32(sum) == 1.0)
}
