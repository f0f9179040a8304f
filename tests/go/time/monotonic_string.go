// Tests that only readings from time.Now carry the monotonic "m=" suffix, kept by Add and
// stripped by UTC, In, Truncate; constructed times (Date, Unix) print without it.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Unix(1700000000, 5).UTC())
	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	now := time.Now()
	fmt.Println(now.Sub(start), now.Add(-2*time.Second).Sub(start))
	fmt.Println(now.Add(time.Second))
	fmt.Println(now.Add(-time.Hour))
	fmt.Println(now.UTC(), now.In(time.UTC))
	fmt.Println(now.Truncate(time.Second))
	fmt.Println(now.UTC() == now, now.Equal(now.UTC()))
}
