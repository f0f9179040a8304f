// Tests integer division and modulo with negative operands and extreme values.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {-1, 3}, {5, 7}}
	for _, p := range pairs {
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	min := int64(math.MinInt64)
	m1 := int64(-1)
	fmt.Println(min/m1, min%m1)
	var i8 int8 = -128
	var d8 int8 = -1
	fmt.Println(i8/d8, i8%d8)
	var u uint = 17
	fmt.Println(u/5, u%5)
	fmt.Println(-17>>2, -17/4)
	x := -9
	x /= 2
	fmt.Println(x)
	x %= 3
	fmt.Println(x)
}
