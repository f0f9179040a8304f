// Title: Busy-waiting instead of sync.Cond
// Shows: Two listeners wait for a donation balance to reach their goal by unlocking and relocking a mutex in a loop, while an updater adds $1 a second. It works, but each listener keeps a processor 100% busy for the whole wait: look at the processor tracks of the timeline.
// Expect: "$10 goal reached" after 10s and "$15 goal reached" after 15s, with two processors busy all the time.
// Check: clean
// Pair: 35-busy-waiting-fixed-cond

package main

import (
	"fmt"
	"sync"
	"time"
)

type Donation struct {
	mu      sync.RWMutex
	balance int
}

func main() {
	donation := &Donation{}
	var wg sync.WaitGroup
	listen := func(goal int) {
		defer wg.Done()
		donation.mu.RLock()
		for donation.balance < goal { // spins: unlock, lock, check again
			donation.mu.RUnlock()
			donation.mu.RLock()
		}
		fmt.Printf("$%d goal reached\n", donation.balance)
		donation.mu.RUnlock()
	}
	wg.Add(2)
	go listen(10)
	go listen(15)
	for i := 0; i < 15; i++ {
		time.Sleep(time.Second)
		donation.mu.Lock()
		donation.balance++
		donation.mu.Unlock()
	}
	wg.Wait()
}
