// Tests a select loop reading from two channels until both are closed, with per-source totals.
package main

import "fmt"

func main() {
	ints := make(chan int)
	strs := make(chan string)
	go func() {
		defer close(ints)
		for i := 1; i <= 5; i++ {
			ints <- i
		}
	}()
	go func() {
		defer close(strs)
		for _, s := range []string{"x", "yy", "zzz"} {
			strs <- s
		}
	}()
	sum, chars := 0, 0
	intsOpen, strsOpen := true, true
	events := 0
	for intsOpen || strsOpen {
		select {
		case v, ok := <-ints:
			if !ok {
				intsOpen = false
				ints = nil
				break
			}
			sum += v
			events++
		case s, ok := <-strs:
			if !ok {
				strsOpen = false
				strs = nil
				break
			}
			chars += len(s)
			events++
		}
	}
	fmt.Println("sum", sum, "chars", chars, "events", events)
}
