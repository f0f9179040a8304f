// Tests atomic counters and CAS-based max tracking.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var max int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(v int32) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&ops, 1)
			}
			for {
				cur := atomic.LoadInt32(&max)
				if v <= cur || atomic.CompareAndSwapInt32(&max, cur, v) {
					break
				}
			}
		}(int32(i * 7 % 31))
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "max:", max)
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var n atomic.Int64
	n.Store(5)
	fmt.Println(n.Add(-7), n.Swap(100), n.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	var u uint32 = 0
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)
}
