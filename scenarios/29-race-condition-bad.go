// Title: A race condition without a data race
// Shows: Two customers try to book the last seat. Every access is atomic, so there is no data race and the race detector stays silent; but check-then-act is not one step: ben checks at the very moment ana's payment completes, and who goes first decides whether the seat is sold twice.
// Expect: fails under some seeds (the last seat is sold twice); no data race is reported.
// Check: some-seeds-fail
// Pair: 30-race-condition-fixed

package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var seatsLeft atomic.Int64
	seatsLeft.Store(1)
	var sold atomic.Int64

	var wg sync.WaitGroup
	// ben arrives at 200ms, the very instant ana's 200ms payment completes.
	arrivals := map[string]time.Duration{"ana": 0, "ben": 200 * time.Millisecond}
	for who, arrival := range arrivals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(arrival)
			left := seatsLeft.Load() // check...
			// (This line may print after ana's "booked": ben read the count
			// before ana took the seat, the print just came later.)
			fmt.Printf("%s: read %d seat(s) left\n", who, left)
			if left > 0 {
				time.Sleep(200 * time.Millisecond) // paying takes 200ms
				// BUG: ...then act. The check is stale: the seat may be gone.
				seatsLeft.Add(-1)
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
		fmt.Println("the last seat was sold twice")
		os.Exit(1)
	}
}
