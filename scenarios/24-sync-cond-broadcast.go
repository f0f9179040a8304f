// Title: sync.Cond: wake every waiter
// Shows: Two goroutines wait for a donation total to reach their goal. A channel delivers each value to only one receiver, so instead they wait on a sync.Cond; the updater calls Broadcast after every change, and each waiter re-checks its own condition in a loop.
// Expect: the 10$ goal is reached first, then the 15$ goal; exit 0.
// Check: clean

package main

import (
	"fmt"
	"sync"
	"time"
)

type Donation struct {
	cond    *sync.Cond // cond.L guards balance
	balance int
}

// waitFor blocks until the balance reaches goal.
func (d *Donation) waitFor(goal int) int {
	d.cond.L.Lock()
	defer d.cond.L.Unlock()
	// Always wait in a loop: being woken up only means "something changed".
	for d.balance < goal {
		d.cond.Wait() // unlocks, sleeps, re-locks before returning
	}
	return d.balance
}

func main() {
	d := &Donation{cond: sync.NewCond(&sync.Mutex{})}
	var wg sync.WaitGroup
	for _, goal := range []int{10, 15} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := d.waitFor(goal)
			fmt.Printf("listener: goal %d$ reached, balance is %d$\n", goal, b)
		}()
	}

	for i := 0; i < 4; i++ {
		time.Sleep(200 * time.Millisecond)
		d.cond.L.Lock()
		d.balance += 4
		fmt.Printf("updater: balance is now %d$\n", d.balance)
		d.cond.L.Unlock()
		d.cond.Broadcast() // Signal would wake only one of the listeners
	}
	wg.Wait()
}
