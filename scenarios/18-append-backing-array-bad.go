// Title: append that writes someone else's element
// Shows: Two goroutines append to the same base slice. It has spare capacity, so append does not copy: both write the same element of the shared backing array (a data race), and one result overwrites the other.
// Expect: fromA and fromB end with the same element: one append was lost (exit 1), and the race detector reports the two appends.
// Check: exit 1
// Pair: 19-append-backing-array-fixed

package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	base := make([]string, 1, 4) // length 1, capacity 4
	base[0] = "header"

	var wg sync.WaitGroup
	var fromA, fromB []string
	wg.Add(2)
	go func() {
		defer wg.Done()
		// BUG: len(base) < cap(base), so append writes base's array in place.
		fromA = append(base, "a")
	}()
	go func() {
		defer wg.Done()
		fromB = append(base, "b") // writes the very same element, base[:2][1]
	}()
	wg.Wait()

	fmt.Println("fromA:", fromA)
	fmt.Println("fromB:", fromB)
	fmt.Println("same backing array:", &fromA[0] == &fromB[0])
	if fromA[1] != "a" || fromB[1] != "b" {
		fmt.Println("one append overwrote the other")
		os.Exit(1)
	}
}
