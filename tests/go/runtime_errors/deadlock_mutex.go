// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// stderr: ^goroutine 1 \[(semacquire|sync\.Mutex\.Lock)\]:$
// Tests deadlock detection when main locks a mutex twice.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("unreachable")
}
