// Title: Concurrency isn't always faster
// Shows: A merge sort that starts two goroutines at every split pays for goroutines far more than it gains, even on 4 processors; with a threshold (sort small halves sequentially) it is faster on 4 processors, and no faster on 1: concurrency is not parallelism.
// Expect: on 2000 elements, goroutines at every split are slower than the sequential sort; on 100000, the threshold version is faster on 4 processors and about the same on 1.
// Check: exit 0

package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func merge(s []int, mid int) {
	tmp := make([]int, 0, len(s))
	i, j := 0, mid
	for i < mid && j < len(s) {
		if s[i] <= s[j] {
			tmp = append(tmp, s[i])
			i++
		} else {
			tmp = append(tmp, s[j])
			j++
		}
	}
	tmp = append(tmp, s[i:mid]...)
	tmp = append(tmp, s[j:]...)
	copy(s, tmp)
}

func sequential(s []int) {
	if len(s) <= 1 {
		return
	}
	mid := len(s) / 2
	sequential(s[:mid])
	sequential(s[mid:])
	merge(s, mid)
}

// parallel sorts the halves in two new goroutines while s is longer than threshold.
func parallel(s []int, threshold int) {
	if len(s) <= threshold || len(s) <= 1 {
		sequential(s)
		return
	}
	mid := len(s) / 2
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); parallel(s[:mid], threshold) }()
	go func() { defer wg.Done(); parallel(s[mid:], threshold) }()
	wg.Wait()
	merge(s, mid)
}

func input(n int) []int {
	s := make([]int, n)
	x := uint32(12345)
	for i := range s {
		x = x*1664525 + 1013904223
		s[i] = int(x >> 8)
	}
	return s
}

func measure(name string, n int, sort func([]int)) {
	s := input(n)
	start := time.Now()
	sort(s)
	fmt.Printf("%-40s %v\n", name, time.Since(start).Round(time.Microsecond))
}

func main() {
	runtime.GOMAXPROCS(4)
	measure("2000 elements, sequential", 2000, sequential)
	measure("2000 elements, every split, 4 Ps", 2000, func(s []int) { parallel(s, 1) })
	measure("100000 elements, sequential", 100000, sequential)
	measure("100000 elements, threshold 2048, 4 Ps", 100000, func(s []int) { parallel(s, 2048) })
	runtime.GOMAXPROCS(1)
	measure("100000 elements, threshold 2048, 1 P", 100000, func(s []int) { parallel(s, 2048) })
}
