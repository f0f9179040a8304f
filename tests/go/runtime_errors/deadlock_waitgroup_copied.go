// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests the classic bug of passing a WaitGroup by value: Wait never returns.
package main

import (
	"fmt"
	"sync"
)

func work(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("work", id)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go work(1, wg)
	wg.Wait()
}
