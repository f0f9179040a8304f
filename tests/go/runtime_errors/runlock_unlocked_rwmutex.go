// exit: 2
// stderr: ^fatal error: sync: RUnlock of unlocked RWMutex$
// Tests RUnlock of an unlocked RWMutex is a fatal error.
package main

import "sync"

func main() {
	var mu sync.RWMutex
	mu.RUnlock()
}
