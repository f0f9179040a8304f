// Tests concurrent transfers between accounts with ordered locking; the total balance is conserved.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) bool {
	first, second := from, to
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accounts := make([]*Account, 4)
	for i := range accounts {
		accounts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var okMu sync.Mutex
	ok, failed := 0, 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				from := accounts[(g+k)%4]
				to := accounts[(g+2*k+1)%4]
				if from == to {
					continue
				}
				res := transfer(from, to, (k%7+1)*10)
				okMu.Lock()
				if res {
					ok++
				} else {
					failed++
				}
				okMu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	fmt.Println("total conserved:", total == 4000, total)
	fmt.Println("attempts:", ok+failed)
}
