// Tests that busy-waiting goroutines let time move: two listeners spin on an RWMutex until a
// balance that grows once a second reaches their goals (15 s of virtual time, at once).
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
	f := func(goal int) {
		defer wg.Done()
		donation.mu.RLock()
		for donation.balance < goal {
			donation.mu.RUnlock()
			donation.mu.RLock()
		}
		fmt.Printf("$%d goal reached\n", donation.balance)
		donation.mu.RUnlock()
	}
	wg.Add(2)
	go f(10)
	go f(15)
	go func() {
		for {
			time.Sleep(time.Second)
			donation.mu.Lock()
			donation.balance++
			donation.mu.Unlock()
		}
	}()
	start := time.Now()
	wg.Wait()
	fmt.Println(time.Since(start).Round(time.Second))
}
