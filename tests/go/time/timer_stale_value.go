// Tests timer channel semantics of Go 1.23+: len/cap of C are 0, and Reset drops a value left by a
// fired but unread timer; a slow ticker receiver gets the pending tick, then the next one.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("len after fire:", len(t.C), "cap:", cap(t.C))
	t.Reset(50 * time.Millisecond)
	<-t.C
	fmt.Println("received at", time.Since(start).Round(10*time.Millisecond))
	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	fmt.Println("ticker len:", len(tk.C))
	<-tk.C
	s := time.Now()
	<-tk.C
	fmt.Println("next tick after", time.Since(s).Round(5*time.Millisecond))
	tk.Stop()
}
