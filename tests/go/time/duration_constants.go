// Tests the time unit constants' integer values, Duration from floats, and parsing with time.ParseDuration.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond))
	fmt.Println(int64(time.Second), int64(time.Minute), int64(time.Hour))
	for _, s := range []string{"1h15m", "300ms", "1.5s", "-2m3s", "10us", "2h45m30.5s", "bogus", "5"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=>", d, int64(d))
	}
	secs := 2.75
	fmt.Println(time.Duration(secs * float64(time.Second)))
}
