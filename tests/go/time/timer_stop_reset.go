// Tests time.NewTimer: firing, Stop before firing, Stop after firing, and Reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	t1 := time.NewTimer(10 * time.Millisecond)
	<-t1.C
	fmt.Println("t1 fired")
	fmt.Println("stop after fire:", t1.Stop())

	t2 := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before fire:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("t2 fired (unexpected)")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("t2 never fired")
	}

	t3 := time.NewTimer(time.Hour)
	t3.Reset(10 * time.Millisecond)
	start := time.Now()
	<-t3.C
	fmt.Println("t3 fired after reset, quickly:", time.Since(start) < time.Minute)

	t4 := time.NewTimer(40 * time.Millisecond)
	go func() {
		time.Sleep(10 * time.Millisecond)
		t4.Stop()
	}()
	select {
	case <-t4.C:
		fmt.Println("t4 fired (unexpected)")
	case <-time.After(70 * time.Millisecond):
		fmt.Println("t4 stopped by another goroutine")
	}
}
