// Title: Fix: always lock in the same order
// Shows: Every transfer locks the two accounts in one global order (by account ID), whatever the direction of the transfer, so no two goroutines can each hold the lock the other needs.
// Expect: both transfers complete; balances 110 and 90; exit 0.
// Check: clean
// Pair: 26-lock-ordering-deadlock-bad

package main

import (
	"fmt"
	"sync"
	"time"
)

type Account struct {
	mu      sync.Mutex
	id      int
	name    string
	balance int
}

func transfer(from, to *Account, amount int) {
	// FIX: lock the account with the smaller ID first, in every transfer.
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	fmt.Printf("transfer %s->%s: locked %s\n", from.name, to.name, first.name)
	time.Sleep(100 * time.Millisecond)

	second.mu.Lock()
	defer second.mu.Unlock()
	from.balance -= amount
	to.balance += amount
	fmt.Printf("transfer %s->%s: done\n", from.name, to.name)
}

func main() {
	alice := &Account{id: 1, name: "alice", balance: 100}
	bob := &Account{id: 2, name: "bob", balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); transfer(alice, bob, 10) }()
	go func() { defer wg.Done(); transfer(bob, alice, 20) }()
	wg.Wait()
	fmt.Println("balances:", alice.balance, bob.balance)
}
