// The min and max builtins on floats: min(+0, -0) is -0 and max(-0, +0) is +0 whatever
// the order, and any NaN argument makes the result NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	z := 0.0
	n := -z
	nan := math.NaN()
	fmt.Println(min(z, n), max(n, z), min(n, z), max(z, n))
	fmt.Println(min(nan, 1), max(1, nan), min(2, 3, nan), max(nan, 5, 1))
}
