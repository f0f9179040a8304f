// Tests goroutines waking in sleep order, Timer Stop/Reset return values, ticker counts, AfterFunc, Tick.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 50, 20, 40} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, fmt.Sprint(d))
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	timer := time.NewTimer(time.Second)
	fmt.Println("stop:", timer.Stop(), timer.Stop())
	timer.Reset(10 * time.Millisecond)
	<-timer.C
	fmt.Println("fired; reset after fire:", timer.Reset(time.Millisecond))
	<-timer.C
	tk := time.NewTicker(100 * time.Millisecond)
	n := 0
	deadline := time.After(550 * time.Millisecond)
loop:
	for {
		select {
		case <-tk.C:
			n++
		case <-deadline:
			break loop
		}
	}
	tk.Stop()
	fmt.Println("ticks", n)
	done := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() { done <- true })
	fmt.Println(<-done)
	el := time.Since(start).Round(10 * time.Millisecond)
	fmt.Println(el >= 600*time.Millisecond)
	ch := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-ch
	}
	fmt.Println("tick ok")
}
