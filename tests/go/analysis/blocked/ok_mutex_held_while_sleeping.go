// check
// Tests a goroutine blocked in Lock while the holder sleeps, then acquiring the mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	order := []string{}
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		order = append(order, "holder")
		time.Sleep(30 * time.Millisecond)
		mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		mu.Lock() // blocked for 20ms
		order = append(order, "waiter")
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println(order)
}
