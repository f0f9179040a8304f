// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests two transfers taking the same two mutexes in opposite orders.
package main

import (
	"fmt"
	"sync"
	"time"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	defer from.mu.Unlock()
	time.Sleep(10 * time.Millisecond) // meanwhile the other transfer takes its first lock
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	a := &account{balance: 100}
	b := &account{balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go transfer(a, b, 10, &wg)
	go transfer(b, a, 20, &wg)
	fmt.Println("transferring")
	wg.Wait()
	fmt.Println(a.balance, b.balance)
}
