// sync/atomic: Pointer[T] (a CompareAndSwap loop from 8 goroutines loses no update), Uintptr, And/Or.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	name    string
}

func main() {
	var cur atomic.Pointer[config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&config{1, "first"})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				for {
					old := cur.Load()
					next := &config{old.version + 1, old.name}
					if cur.CompareAndSwap(old, next) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(cur.Load().version, cur.Load().name)
	old := cur.Swap(&config{0, "reset"})
	fmt.Println(old.version, cur.Load().name)
	var flags atomic.Uint32
	flags.Store(0b1010)
	fmt.Println(flags.Or(0b0101), flags.Load(), flags.And(0b0011), flags.Load())
	var n int64 = 12
	fmt.Println(atomic.AndInt64(&n, 10), n, atomic.OrInt64(&n, 1), n)
	var u atomic.Uintptr
	u.Add(5)
	fmt.Println(u.Load(), u.CompareAndSwap(5, 7), u.Load())
	var i32 atomic.Int32
	i32.Store(-1)
	fmt.Println(i32.And(0xF0), i32.Load())
}
