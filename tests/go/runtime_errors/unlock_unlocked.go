// exit: 2
// stderr: ^fatal error: sync: unlock of unlocked mutex$
// Tests unlocking an unlocked mutex, which is a fatal error (not recoverable).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover cannot catch fatal errors:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("first unlock fine")
	mu.Unlock()
}
