// Title: Waiting for a condition with sync.Cond
// Shows: The listeners call cond.Wait, which sleeps until the updater calls cond.Broadcast after each donation; they wake, check the balance and sleep again. The processors stay idle between donations instead of spinning.
// Expect: "$10 goal reached" after 10s and "$15 goal reached" after 15s; the listeners are blocked (not running) between donations.
// Check: clean
// Pair: 34-busy-waiting-bad

package main

import (
	"fmt"
	"sync"
	"time"
)

type Donation struct {
	cond    *sync.Cond
	balance int
}

func main() {
	donation := &Donation{cond: sync.NewCond(&sync.Mutex{})}
	var wg sync.WaitGroup
	listen := func(goal int) {
		defer wg.Done()
		donation.cond.L.Lock()
		for donation.balance < goal {
			donation.cond.Wait() // unlocks, sleeps until Broadcast, locks again
		}
		fmt.Printf("$%d goal reached\n", donation.balance)
		donation.cond.L.Unlock()
	}
	wg.Add(2)
	go listen(10)
	go listen(15)
	for i := 0; i < 15; i++ {
		time.Sleep(time.Second)
		donation.cond.L.Lock()
		donation.balance++
		donation.cond.L.Unlock()
		donation.cond.Broadcast()
	}
	wg.Wait()
}
