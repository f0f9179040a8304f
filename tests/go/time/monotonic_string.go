// Tests that only readings from time.Now carry the monotonic "m=" suffix, kept by Add and
// stripped by UTC, In, Truncate; constructed times (Date, Unix) print without it.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Unix(1700000000, 5).UTC())
	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	now := time.Now()
	r := 100 * time.Millisecond
	fmt.Println(now.Sub(start).Round(r), now.Add(-2*time.Second).Sub(start).Round(r))
	// The clock reading is not exact (wake-ups come late): print its shape.
	mono := func(t time.Time) string {
		s := t.String()
		if i := strings.Index(s, " m="); i >= 0 {
			return "with " + s[i+1:i+4]
		}
		return "without m="
	}
	fmt.Println(mono(now), mono(now.Add(time.Second)), mono(now.Add(-time.Hour)))
	fmt.Println(mono(now.UTC()), mono(now.In(time.UTC)), mono(now.Truncate(time.Second)))
	fmt.Println(mono(start.Add(time.Minute)))
	fmt.Println(now.UTC() == now, now.Equal(now.UTC()))
}
