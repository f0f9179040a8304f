// check
// Tests formatting a value with a locking String method only after releasing the lock.
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
	a.balance += n
	a.mu.Unlock()
	return fmt.Sprintf("deposited %d into %v", n, a) // the lock is free again
}

func main() {
	a := &account{owner: "ann"}
	done := make(chan string)
	go func() { done <- a.deposit(10) }()
	first := <-done
	fmt.Println(first)
	fmt.Println(a.deposit(5))
}
