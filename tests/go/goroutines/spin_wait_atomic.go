// Tests busy-wait spin loops on atomics (with and without Gosched) must make progress under preemption.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag atomic.Bool
	var counter int64
	go func() {
		for i := 0; i < 1000; i++ {
			atomic.AddInt64(&counter, 1)
		}
		flag.Store(true)
	}()
	for !flag.Load() {
	}
	fmt.Println("spun until flag:", atomic.LoadInt64(&counter))
	var turn int32
	done := make(chan bool)
	var log []int
	for id := int32(0); id < 3; id++ {
		go func(id int32) {
			for round := 0; round < 3; round++ {
				for atomic.LoadInt32(&turn)%3 != id {
					runtime.Gosched()
				}
				log = append(log, int(id))
				atomic.AddInt32(&turn, 1)
			}
			done <- true
		}(id)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("round robin:", log)
	var ready int32
	go func() {
		atomic.StoreInt32(&ready, 1)
	}()
	spins := 0
	for atomic.CompareAndSwapInt32(&ready, 1, 2) == false {
		spins++
	}
	fmt.Println("cas succeeded:", atomic.LoadInt32(&ready), spins >= 0)
}
