// Title: Fix: Add before the go statement
// Shows: wg.Add runs in main, before each goroutine starts, so the counter is already 3 when main calls Wait, whatever the scheduler does.
// Expect: every seed waits for all 3 jobs.
// Check: clean
// Pair: 22-waitgroup-add-inside-bad

package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var done atomic.Int64

	for i := 1; i <= 3; i++ {
		wg.Add(1) // FIX: counted before the goroutine exists
		go func() {
			defer wg.Done()
			time.Sleep(100 * time.Millisecond)
			fmt.Println("job", i, "done")
			done.Add(1)
		}()
	}
	// (Equivalent: wg.Add(3) once before the loop.)

	wg.Wait()
	fmt.Println("main: Wait returned; jobs done:", done.Load(), "of 3")
	if done.Load() != 3 {
		os.Exit(1)
	}
}
