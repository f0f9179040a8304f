// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests deadlock detection when main waits on a sync.Cond nobody signals.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("wait forever")
	c.Wait()
}
