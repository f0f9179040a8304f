// Tests sync.WaitGroup: Add before launching, Done via defer, Wait reused for a second batch.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			squares[n] = n * n
		}(i)
	}
	wg.Wait()
	fmt.Println(squares)
	wg.Add(3)
	names := make([]string, 3)
	for i, n := range []string{"x", "y", "z"} {
		go func(i int, n string) {
			names[i] = n + n
			wg.Done()
		}(i, n)
	}
	wg.Wait()
	fmt.Println(names)
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("wait on zero counter returns immediately")
	var outer sync.WaitGroup
	total := make([]int, 3)
	for g := 0; g < 3; g++ {
		outer.Add(1)
		go func(g int) {
			defer outer.Done()
			var inner sync.WaitGroup
			parts := make([]int, 4)
			for k := 0; k < 4; k++ {
				inner.Add(1)
				go func(k int) {
					defer inner.Done()
					parts[k] = g*10 + k
				}(k)
			}
			inner.Wait()
			for _, p := range parts {
				total[g] += p
			}
		}(g)
	}
	outer.Wait()
	fmt.Println(total)
}
