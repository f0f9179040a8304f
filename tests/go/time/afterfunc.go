// Tests time.AfterFunc: callbacks run in their own goroutine after the delay; Stop cancels a pending one.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	wg.Add(2)
	time.AfterFunc(30*time.Millisecond, func() {
		mu.Lock()
		log = append(log, "30ms")
		mu.Unlock()
		wg.Done()
	})
	time.AfterFunc(10*time.Millisecond, func() {
		mu.Lock()
		log = append(log, "10ms")
		mu.Unlock()
		wg.Done()
	})
	cancelled := time.AfterFunc(20*time.Millisecond, func() {
		mu.Lock()
		log = append(log, "20ms (should be cancelled)")
		mu.Unlock()
	})
	fmt.Println("stopped pending:", cancelled.Stop())
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	fmt.Println(log)
	mu.Unlock()
	fired := make(chan string)
	t := time.AfterFunc(time.Hour, func() { fired <- "reset timer fired" })
	t.Reset(5 * time.Millisecond)
	fmt.Println(<-fired)
	fmt.Println("stop after fire:", t.Stop())
}
