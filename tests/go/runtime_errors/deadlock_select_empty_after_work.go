// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests select{} in main: deadlock is reported after sleeping workers finish.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		go func(n int) {
			time.Sleep(time.Duration(n) * time.Millisecond)
			mu.Lock()
			total += n
			fmt.Println("worker", n, "running total", total)
			mu.Unlock()
		}(i)
	}
	select {}
}
