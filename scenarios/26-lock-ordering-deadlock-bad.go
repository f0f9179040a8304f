// Title: Deadlock from lock ordering
// Shows: A transfer locks the source account, then the destination. Two transfers in opposite directions run at once: each holds one lock and waits for the other's. Neither can ever proceed.
// Expect: deadlock: fatal error: all goroutines are asleep - deadlock!
// Check: deadlock
// Pair: 27-lock-ordering-deadlock-fixed

package main

import (
	"fmt"
	"sync"
	"time"
)

type Account struct {
	mu      sync.Mutex
	name    string
	balance int
}

func transfer(from, to *Account, amount int) {
	from.mu.Lock()
	defer from.mu.Unlock()
	fmt.Printf("transfer %s->%s: locked %s\n", from.name, to.name, from.name)
	time.Sleep(100 * time.Millisecond) // checking the balance, fraud rules...

	// BUG: the other transfer holds `to` and is waiting for `from`.
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
	fmt.Printf("transfer %s->%s: done\n", from.name, to.name)
}

func main() {
	alice := &Account{name: "alice", balance: 100}
	bob := &Account{name: "bob", balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); transfer(alice, bob, 10) }()
	go func() { defer wg.Done(); transfer(bob, alice, 20) }()
	wg.Wait()
	fmt.Println("balances:", alice.balance, bob.balance)
}
