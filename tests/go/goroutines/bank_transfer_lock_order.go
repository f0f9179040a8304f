// Tests concurrent transfers with ordered locking and a custom wrapping error type.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

type TransferError struct {
	From, To, Amount int
	Err              error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %d->%d of %d: %v", e.From, e.To, e.Amount, e.Err)
}
func (e *TransferError) Unwrap() error { return e.Err }

func transfer(a, b *Account, amt int) error {
	first, second := a, b
	if b.id < a.id {
		first, second = b, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amt {
		return &TransferError{a.id, b.id, amt, ErrInsufficient}
	}
	a.balance -= amt
	b.balance += amt
	return nil
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{id: i, balance: 100}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := accts[i%5]
			to := accts[(i*3+1)%5]
			if from == to {
				return
			}
			if err := transfer(from, to, (i%7)*10); err != nil {
				var te *TransferError
				if errors.As(err, &te) && errors.Is(err, ErrInsufficient) {
					mu.Lock()
					failures++
					mu.Unlock()
				}
			}
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, a := range accts {
		sum += a.balance
	}
	fmt.Println("total", sum, "failures>=0", failures >= 0)
	err := transfer(accts[0], accts[1], 1000000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
}
