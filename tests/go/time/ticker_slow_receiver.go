// A ticker with a slow receiver drops ticks, and the tick it keeps is the first one missed;
// Reset and Stop on a ticker whose tick waits unreceived; a timer so far out it never fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	since := func(t time.Time) time.Duration { return t.Sub(start).Round(time.Millisecond) }
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		time.Sleep(35 * time.Millisecond)
		t := <-tk.C
		fmt.Println("tick sent at", since(t))
	}
	// The next tick keeps the ticker's phase.
	t := <-tk.C
	fmt.Println("next tick at", since(t))

	// Reset while a tick waits: the tick is dropped, the new period starts now.
	time.Sleep(25 * time.Millisecond)
	resetAt := time.Now()
	tk.Reset(7 * time.Millisecond)
	t = <-tk.C
	fmt.Println("after reset", t.Sub(resetAt).Round(time.Millisecond))

	// Stop while a tick waits: nothing more arrives.
	time.Sleep(20 * time.Millisecond)
	tk.Stop()
	select {
	case t := <-tk.C:
		fmt.Println("unexpected tick", since(t))
	case <-time.After(50 * time.Millisecond):
		fmt.Println("stopped ticker is silent")
	}

	// A timer past the end of time never fires; Stop reports it was active.
	far := time.NewTimer(1<<63 - 1)
	select {
	case <-far.C:
		fmt.Println("far timer fired")
	case <-time.After(time.Millisecond):
		fmt.Println("far timer pending")
	}
	fmt.Println("stop far:", far.Stop())
}
