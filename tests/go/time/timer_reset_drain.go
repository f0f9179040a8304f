// Tests timer Stop/Reset with drain idiom, Ticker Reset, AfterFunc ordering, virtual elapsed time.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(50 * time.Millisecond)
	if !t.Stop() {
		<-t.C
	}
	fmt.Println("stopped before fire")
	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset at", time.Since(start).Round(10*time.Millisecond))
	fmt.Println("stop after fire returns", t.Stop())
	t.Reset(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	if !t.Stop() {
		<-t.C
		fmt.Println("drained")
	}
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Reset(40 * time.Millisecond)
		}
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n, "elapsed:", time.Since(start).Round(10*time.Millisecond))
	res := make(chan string, 3)
	for _, d := range []int{30, 10, 20} {
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { res <- fmt.Sprint(d) })
	}
	fmt.Println(<-res, <-res, <-res)
	deadline := time.Now().Add(100 * time.Millisecond)
	fmt.Println(time.Until(deadline) > 90*time.Millisecond)
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Truncate(time.Hour), d.Round(time.Minute))
}
