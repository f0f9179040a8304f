// Title: A String method that takes the caller's lock
// Shows: Formatting a value with %v calls its String method. Withdraw holds the account's mutex and formats the account into an error message; String tries to lock the same mutex, and Go's mutexes are not reentrant: the goroutine waits for itself forever.
// Expect: deadlock: fatal error: all goroutines are asleep - deadlock!
// Check: deadlock
// Pair: 15-string-method-deadlock-fixed

package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	owner   string
	balance int
}

// String makes accounts print nicely. It locks, so it is safe to call from
// any goroutine... unless the caller already holds the lock.
func (a *Account) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return fmt.Sprintf("%s's account (balance %d)", a.owner, a.balance)
}

func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		// BUG: %v calls a.String(), which calls a.mu.Lock() while this
		// goroutine holds a.mu.
		return fmt.Errorf("cannot withdraw %d from %v", amount, a)
	}
	a.balance -= amount
	return nil
}

func main() {
	acct := &Account{owner: "alice", balance: 100}
	fmt.Println("main:", acct)
	fmt.Println("main: withdraw 30:", acct.Withdraw(30))
	fmt.Println("main: withdraw 500...")
	fmt.Println("main: withdraw 500:", acct.Withdraw(500)) // never returns
}
