// gc compiles x * -1, -1 * x, x / -1 and x *= -1 on floats as -x (its SSA rules), which
// flips the sign bit of a NaN; x / -2 and x * 2 keep it, as the hardware operation does.
package main

import (
	"fmt"
	"math"
)

func main() {
	n := math.NaN()
	f := float32(n)
	fmt.Printf("%x %x %x\n", math.Float64bits(n/-1), math.Float64bits(n*-1), math.Float64bits(-1*n))
	fmt.Printf("%x %x %x\n", math.Float32bits(f/-1), math.Float32bits(f*-1), math.Float32bits(-1*f))
	fmt.Printf("%x %x %x\n", math.Float64bits(n/1), math.Float64bits(n*2), math.Float64bits(n/-2))
	const c = -1
	fmt.Printf("%x %x\n", math.Float64bits(n*c), math.Float64bits(-n))
	m := n
	m *= -1
	g := f
	g /= float32(-1.0)
	fmt.Printf("%x %x %v %v\n", math.Float64bits(m), math.Float32bits(g), 3.5*-1, float32(2)/-1)
}
