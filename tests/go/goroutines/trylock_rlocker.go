// Tests Mutex.TryLock, RWMutex.TryLock/TryRLock, RLocker used with sync.Cond, many readers one writer.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("tryRLock while read-locked:", rw.TryRLock(), "tryLock:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("tryLock when free:", rw.TryLock(), "tryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
	var state sync.RWMutex
	cond := sync.NewCond(state.RLocker())
	ready := false
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cond.L.Lock()
			for !ready {
				cond.Wait()
			}
			cond.L.Unlock()
			results <- i
		}(i)
	}
	state.Lock()
	ready = true
	state.Unlock()
	cond.Broadcast()
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("all readers woke, sum", sum)
	var counter int
	var rwm sync.RWMutex
	var wg2 sync.WaitGroup
	reads := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			for j := 0; j < 10; j++ {
				rwm.RLock()
				reads[i] += counter * 0
				rwm.RUnlock()
			}
		}(i)
	}
	wg2.Add(1)
	go func() {
		defer wg2.Done()
		for j := 0; j < 10; j++ {
			rwm.Lock()
			counter++
			rwm.Unlock()
		}
	}()
	wg2.Wait()
	fmt.Println(counter, reads)
}
