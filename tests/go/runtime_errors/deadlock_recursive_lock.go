// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests deadlock from re-locking a non-reentrant mutex in a nested method call.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu  sync.Mutex
	bal int
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.bal
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.bal += n
	fmt.Println("new balance", a.Balance())
}

func main() {
	a := &Account{}
	a.Deposit(5)
}
