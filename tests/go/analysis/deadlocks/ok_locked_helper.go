// check
// Tests the fix for a recursive lock: an internal helper that expects the caller to hold the mutex.
package main

import (
	"fmt"
	"sync"
)

type bank struct {
	mu       sync.Mutex
	balances map[string]int
}

// balanceLocked requires b.mu to be held.
func (b *bank) balanceLocked(name string) int { return b.balances[name] }

func (b *bank) balance(name string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.balanceLocked(name)
}

func (b *bank) withdraw(name string, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balanceLocked(name) < amount {
		return false
	}
	b.balances[name] -= amount
	return true
}

func main() {
	b := &bank{balances: map[string]int{"ann": 100}}
	fmt.Println(b.withdraw("ann", 30), b.withdraw("ann", 100), b.balance("ann"))
}
