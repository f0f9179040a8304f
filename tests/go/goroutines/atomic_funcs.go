// Tests sync/atomic functions: AddInt64, LoadInt64, StoreInt32, CompareAndSwap, SwapInt64 under concurrency.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&counter, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter))
	var winner int32 = -1
	var claimed int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int32) {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&winner, -1, id) {
				atomic.AddInt32(&claimed, 1)
			}
		}(int32(i))
	}
	wg.Wait()
	w := atomic.LoadInt32(&winner)
	fmt.Println("exactly one winner:", claimed == 1, "valid id:", w >= 0 && w < 10)
	var flag int32
	atomic.StoreInt32(&flag, 7)
	fmt.Println(atomic.LoadInt32(&flag), atomic.CompareAndSwapInt32(&flag, 3, 4), atomic.CompareAndSwapInt32(&flag, 7, 8), flag)
	var x int64 = 5
	old := atomic.SwapInt64(&x, 9)
	fmt.Println(old, x)
	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
}
