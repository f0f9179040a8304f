// Tests time.Now, time.Since and Sub with sleeps, printing only comparisons.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second)
	t1 := time.Now()
	time.Sleep(10 * time.Millisecond)
	t2 := time.Now()
	fmt.Println(t2.After(t1), t1.Before(t2), t2.Sub(t1) >= 10*time.Millisecond, t1.Equal(t1))
	deadline := start.Add(100 * time.Millisecond)
	fmt.Println(time.Now().Before(deadline), time.Until(deadline) > 0)
	work := func() time.Duration {
		s := time.Now()
		time.Sleep(15 * time.Millisecond)
		return time.Since(s)
	}
	fmt.Println(work() >= 15*time.Millisecond)
	fmt.Println(time.Since(start) >= 45*time.Millisecond)
}
