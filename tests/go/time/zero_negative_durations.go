// Tests time edge cases: zero/negative sleeps and timers, Stop on fired timer, Reset return values, Duration math.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	<-time.After(0)
	<-time.After(-time.Second)
	t := time.NewTimer(0)
	<-t.C
	fmt.Println("zero waits took", time.Since(start) < time.Millisecond)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset fired:", t2.Reset(time.Millisecond))
	<-t2.C
	fmt.Println(time.Since(start).Round(time.Millisecond))
	d := 90 * time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63))
	fmt.Println((3 * time.Second / 2).String(), time.Duration(2.5*float64(time.Second)), d.Abs(), (-d).Abs())
	fmt.Println(time.Minute.Round(7*time.Second), (1500 * time.Millisecond).Truncate(time.Second), (-1500 * time.Millisecond).Round(time.Second))
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1us", "1µs", "5", "1d", "", ".5s", "1h1h"} {
		dd, err := time.ParseDuration(s)
		fmt.Println(s, dd, err)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
