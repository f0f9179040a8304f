// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests a goroutine blocked on a mutex main holds while main waits for it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		done <- true
	}()
	fmt.Println("locked")
	<-done
}
