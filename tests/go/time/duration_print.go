// Tests time.Duration String formatting for many magnitudes, signs and units.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		time.Microsecond,
		1500 * time.Nanosecond,
		time.Millisecond,
		100 * time.Millisecond,
		1500 * time.Millisecond,
		time.Second,
		90 * time.Second,
		time.Hour,
		2 * time.Hour,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-2500 * time.Millisecond,
		-time.Nanosecond,
		time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Printf("%v %s %d %T\n", 3*time.Second, 250*time.Millisecond, time.Millisecond, time.Second)
	fmt.Println(time.Duration(2.5 * float64(time.Second)))
	type Timeout struct {
		Read, Write time.Duration
	}
	fmt.Printf("%+v\n", Timeout{5 * time.Second, 750 * time.Microsecond})
	fmt.Println([]time.Duration{time.Minute, 0})
}
