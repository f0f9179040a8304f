// Title: Nil channels switch off select cases
// Shows: Merging two channels until both are closed: a receive from a closed channel is always ready (it returns the zero value at once), so a closed input would make the loop spin. Setting its variable to nil disables that case, because a nil channel is never ready.
// Expect: prints every value from both inputs once, then "both inputs closed"; exit 0.
// Check: clean

package main

import (
	"fmt"
	"time"
)

// produce sends n values, one every period, then closes its channel.
func produce(name string, n int, period time.Duration) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
			time.Sleep(period)
		}
	}()
	return ch
}

func merge(a, b <-chan string, out chan<- string) {
	defer close(out)
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				// Without this, the next iterations would pick the closed a
				// again and again (it is always ready): a busy loop.
				fmt.Println("merge: a is closed, disabling its case")
				a = nil
				continue
			}
			out <- v
		case v, ok := <-b:
			if !ok {
				fmt.Println("merge: b is closed, disabling its case")
				b = nil
				continue
			}
			out <- v
		}
	}
}

func main() {
	out := make(chan string)
	go merge(produce("a", 2, 100*time.Millisecond), produce("b", 4, 150*time.Millisecond), out)
	for v := range out {
		fmt.Println("main: received", v)
	}
	fmt.Println("main: both inputs closed, merge finished")
}
