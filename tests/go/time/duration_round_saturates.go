// Duration.Round near the int64 limits saturates to the largest (or smallest) Duration
// instead of wrapping around.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	d := time.Duration(9223372036854775000)
	fmt.Println(d.Round(time.Hour), (-d).Round(time.Hour), d.Round(time.Second))
	fmt.Println(time.Duration(math.MaxInt64).Round(2), time.Duration(math.MinInt64).Round(3))
	fmt.Println(time.Duration(math.MinInt64).Round(time.Hour), time.Duration(math.MaxInt64).Round(time.Hour))
	fmt.Println((90 * time.Second).Round(time.Minute), (-90 * time.Second).Round(time.Minute), (89 * time.Second).Round(time.Minute))
	fmt.Println(d.Truncate(time.Hour), (-d).Truncate(time.Hour), d.Round(-1))
}
