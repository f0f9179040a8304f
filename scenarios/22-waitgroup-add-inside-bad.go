// Title: Misusing sync.WaitGroup
// Shows: wg.Add(1) is called inside each goroutine instead of before the go statement. If main reaches wg.Wait before a goroutine has run its Add, the counter is still zero and Wait returns too early: some work is not counted.
// Expect: fails under some seeds (counted fewer than 3 jobs); the count depends on the interleaving.
// Check: some-seeds-fail
// Pair: 23-waitgroup-add-inside-fixed

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
		go func() {
			wg.Add(1) // BUG: too late, main may already be in Wait
			defer wg.Done()
			time.Sleep(100 * time.Millisecond) // the job
			fmt.Println("job", i, "done")
			done.Add(1)
		}()
	}

	fmt.Println("main: all jobs started, waiting")
	wg.Wait() // waits only for the goroutines that have already called Add
	fmt.Println("main: Wait returned; jobs done:", done.Load(), "of 3")
	if done.Load() != 3 {
		fmt.Println("main: Wait returned before every job was counted")
		os.Exit(1)
	}
}
