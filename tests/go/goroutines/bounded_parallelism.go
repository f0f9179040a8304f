// Tests bounded parallelism with a semaphore channel; track max concurrency with a mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	active, maxActive := 0, 0
	results := make([]int, 10)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(time.Duration(10+i%3) * time.Millisecond)
			results[i] = i * i
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("max concurrent <= limit:", maxActive <= limit, "active now:", active)
	start := time.Now()
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			time.Sleep(100 * time.Millisecond)
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("elapsed:", time.Since(start).Round(50*time.Millisecond))
}
