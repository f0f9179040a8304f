// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests a method that locks a sync.Mutex and calls another method that locks it again.
package main

import (
	"fmt"
	"sync"
)

type bank struct {
	mu       sync.Mutex
	balances map[string]int
}

func (b *bank) balance(name string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.balances[name]
}

func (b *bank) withdraw(name string, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balance(name) < amount { // BUG: balance locks b.mu, which we hold
		return false
	}
	b.balances[name] -= amount
	return true
}

func main() {
	b := &bank{balances: map[string]int{"ann": 100}}
	fmt.Println("withdrawing")
	fmt.Println(b.withdraw("ann", 30))
}
