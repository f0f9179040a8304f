// Title: Fix: make check-then-act one atomic step
// Shows: Each customer reserves the seat with CompareAndSwap before paying: the check ("still n seats?") and the act (take one) happen in one indivisible step, so only one customer can ever get the last seat. (A mutex held across check and act works too.)
// Expect: exactly one ticket is sold under every seed.
// Check: clean
// Pair: 29-race-condition-bad

package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// reserve takes a seat if one is left; it reports whether it got one.
func reserve(seatsLeft *atomic.Int64) bool {
	for {
		n := seatsLeft.Load()
		if n == 0 {
			return false
		}
		if seatsLeft.CompareAndSwap(n, n-1) { // FIX: still n? then take one
			return true
		}
		// Someone changed the count between our Load and our CAS: retry.
	}
}

func main() {
	var seatsLeft atomic.Int64
	seatsLeft.Store(1)
	var sold atomic.Int64

	var wg sync.WaitGroup
	arrivals := map[string]time.Duration{"ana": 0, "ben": 200 * time.Millisecond}
	for who, arrival := range arrivals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(arrival)
			if reserve(&seatsLeft) {
				fmt.Println(who + ": seat reserved, paying for it")
				// Paying takes 200ms; a failed payment would give the seat back.
				time.Sleep(200 * time.Millisecond)
				sold.Add(1)
				fmt.Println(who + ": paid, seat booked")
			} else {
				fmt.Println(who + ": sold out")
			}
		}()
	}
	wg.Wait()

	fmt.Println("seats left:", seatsLeft.Load(), "tickets sold:", sold.Load())
	if sold.Load() > 1 {
		os.Exit(1)
	}
}
