// Title: Fix: append to a copy
// Shows: Each goroutine appends to a slice whose capacity equals its length (a full slice expression) or to its own copy, so append must allocate a new array and no two goroutines write the same memory.
// Expect: fromA ends with "a", fromB with "b"; no data race.
// Check: clean
// Pair: 18-append-backing-array-bad

package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	base := make([]string, 1, 4)
	base[0] = "header"

	var wg sync.WaitGroup
	var fromA, fromB []string
	wg.Add(2)
	go func() {
		defer wg.Done()
		// FIX: base[:len:len] has no spare capacity: append copies.
		fromA = append(base[:len(base):len(base)], "a")
	}()
	go func() {
		defer wg.Done()
		// FIX, spelled out: copy into a new slice, then append to it.
		own := make([]string, len(base), len(base)+1)
		copy(own, base)
		fromB = append(own, "b")
	}()
	wg.Wait()

	fmt.Println("fromA:", fromA)
	fmt.Println("fromB:", fromB)
	fmt.Println("same backing array:", &fromA[0] == &fromB[0])
	if fromA[1] != "a" || fromB[1] != "b" {
		os.Exit(1)
	}
}
