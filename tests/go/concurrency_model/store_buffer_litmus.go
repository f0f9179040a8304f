// seeds: 100
// outcome 1%: ^0 1\n$
// outcome 1%: ^1 0\n$
// outcome 1%: ^1 1\n$
// Tests that accesses of two goroutines interleave inside straight-line code: the store-buffer
// litmus test shows all three sequentially consistent outcomes across 100 seeds.
package main

import (
	"fmt"
	"sync"
)

var a, b, r1, r2 int

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { a = 1; r1 = b; wg.Done() }()
	go func() { b = 1; r2 = a; wg.Done() }()
	wg.Wait()
	fmt.Println(r1, r2)
}
