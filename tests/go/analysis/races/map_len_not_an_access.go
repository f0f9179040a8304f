// check
// expect race: 15 18
// len(m) is no access for Go's race detector: the race is reported against the range, not the
// len after it.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{1: 1}
	go func() {
		m[2] = 2
	}()
	total := 0
	for _, b := range m {
		total += b
	}
	time.Sleep(time.Millisecond)
	fmt.Println(len(m) > 0, total > 0)
}
