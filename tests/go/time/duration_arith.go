// Tests Duration arithmetic and conversion methods: Seconds, Milliseconds, Minutes, Hours, Truncate, Round.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	e := 1500 * time.Millisecond
	fmt.Println(e.Seconds(), e.Milliseconds(), e.Microseconds(), e.Nanoseconds())
	fmt.Println(e*2, e/2, e+time.Second, e-2*time.Second)
	n := 3
	fmt.Println(time.Duration(n) * time.Second)
	fmt.Println(d/time.Minute, d%time.Hour, int64(d/time.Second))
	x := 1234567 * time.Microsecond
	fmt.Println(x, x.Truncate(time.Millisecond), x.Round(time.Millisecond), x.Round(time.Second), x.Truncate(time.Second))
	fmt.Println(time.Second > time.Millisecond, time.Minute == 60*time.Second)
	var total time.Duration
	for _, ms := range []int{120, 250, 630} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total, total.Seconds(), total/3)
	fmt.Println((-90 * time.Second).Minutes(), (90 * time.Second).Abs())
	fmt.Printf("%.3f\n", (time.Second / 3).Seconds())
}
