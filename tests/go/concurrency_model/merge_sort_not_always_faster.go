// Tests that concurrency is not always faster: a merge sort spawning goroutines at every
// split is slower than the sequential one; with a threshold it is faster on 4 processors and
// no faster on one (virtual time follows the work each processor does).
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

// parallel spawns two goroutines at every split above threshold (0: at every split).
func parallel(s []int, threshold int) {
	if len(s) <= 1 {
		return
	}
	if len(s) <= threshold {
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

func timeit(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

func compare(n, threshold int) (seq, par time.Duration) {
	a, b := input(n), input(n)
	seq = timeit(func() { sequential(a) })
	par = timeit(func() { parallel(b, threshold) })
	for i := range a {
		if a[i] != b[i] {
			panic("the sorts differ")
		}
	}
	return seq, par
}

func main() {
	runtime.GOMAXPROCS(4)
	seq, par := compare(1000, 0)
	fmt.Println("every split, 1000 elements: parallel slower", par > seq)
	seq, par = compare(100000, 2048)
	fmt.Println("threshold, 100000 elements, 4 Ps: parallel faster", par < seq)
	runtime.GOMAXPROCS(1)
	seq, par = compare(100000, 2048)
	fmt.Println("threshold, 100000 elements, 1 P: parallel faster", par < seq*9/10)
}
