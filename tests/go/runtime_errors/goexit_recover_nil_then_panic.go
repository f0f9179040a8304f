// exit: 2
// stderr: ^panic: runtime error: index out of range \[5\] with length 5$
// Tests recover returns nil during Goexit; a later index panic in main.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover in goexit:", recover()) }()
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	fmt.Println("main continues")
	var arr [5]int
	idx := 5
	arr[idx%len(arr)+5] = 1
}
