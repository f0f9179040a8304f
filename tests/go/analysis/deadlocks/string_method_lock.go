// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests a String method that locks the mutex its caller holds while formatting with %v.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	owner   string
	balance int
}

func (a *account) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return fmt.Sprintf("%s: %d", a.owner, a.balance)
}

func (a *account) deposit(n int) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	return fmt.Sprintf("deposited %d into %v", n, a) // BUG: %v calls a.String, which locks a.mu
}

func main() {
	a := &account{owner: "ann"}
	fmt.Println("depositing")
	fmt.Println(a.deposit(10))
}
