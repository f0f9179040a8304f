// Title: Fix: format fields, not the locked value
// Shows: While holding the lock, Withdraw formats the fields it needs directly instead of calling String on the locked account, so no method tries to take the mutex a second time.
// Expect: the second withdrawal fails with a readable error; exit 0.
// Check: clean
// Pair: 14-string-method-deadlock-bad

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

func (a *Account) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.describe()
}

// describe formats the account; the caller must hold a.mu.
func (a *Account) describe() string {
	return fmt.Sprintf("%s's account (balance %d)", a.owner, a.balance)
}

func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		// FIX: we hold the lock, so use the lock-free helper, never %v on a.
		return fmt.Errorf("cannot withdraw %d from %s", amount, a.describe())
	}
	a.balance -= amount
	return nil
}

func main() {
	acct := &Account{owner: "alice", balance: 100}
	fmt.Println("main:", acct)
	fmt.Println("main: withdraw 30:", acct.Withdraw(30))
	fmt.Println("main: withdraw 500:", acct.Withdraw(500))
	fmt.Println("main:", acct)
}
