// Tests that goroutines sleeping 30ms, 10ms and 20ms report in order of their sleep durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	for _, d := range []int{30, 10, 20} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- fmt.Sprintf("slept %dms", ms)
		}(d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("elapsed >= 15ms:", time.Since(start) >= 15*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero and negative sleeps return immediately")
}
