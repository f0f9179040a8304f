// Tests typed atomics: atomic.Int64, atomic.Int32, atomic.Bool, atomic.Uint64, atomic.Pointer-free usage.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	ready    atomic.Bool
	bytes    atomic.Uint64
}

func main() {
	var s Stats
	fmt.Println(s.requests.Load(), s.ready.Load())
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				s.requests.Add(1)
				s.bytes.Add(uint64(j))
				if j%50 == 0 {
					s.errors.Add(1)
				}
			}
			s.ready.Store(true)
		}(i)
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), s.errors.Load(), s.ready.Load(), s.bytes.Load())
	fmt.Println(s.requests.CompareAndSwap(2000, 0), s.requests.Load())
	fmt.Println(s.requests.CompareAndSwap(2000, 1), s.requests.Load())
	fmt.Println(s.ready.Swap(false), s.ready.Load())
	fmt.Println(s.errors.Swap(100), s.errors.Load())
	var first atomic.Bool
	wins := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if first.CompareAndSwap(false, true) {
				wins <- i
			}
		}(i)
	}
	wg.Wait()
	close(wins)
	n := 0
	for range wins {
		n++
	}
	fmt.Println("winners:", n)
}
