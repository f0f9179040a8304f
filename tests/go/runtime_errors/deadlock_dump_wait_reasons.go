// exit: 2
// The deadlock dump names each goroutine's wait reason as Go 1.26 does (checked frame by
// frame against it): a second writer of an RWMutex waits in sync.Mutex.Lock, behind the
// first; nested closures are named main.main.func4.1.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	c := sync.NewCond(&sync.Mutex{})
	rw.RLock()
	go func() { rw.Lock() }()
	for i := 0; i < 100000; i++ {
	}
	go func() { rw.Lock() }()
	go func() { rw.RLock() }()
	go func() {
		func() {
			c.L.Lock()
			c.Wait()
		}()
	}()
	wg.Add(1)
	wg.Wait()
}
