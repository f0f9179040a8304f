// Tests actor-model bank: a single goroutine owns balances; requests carry reply channels; concurrent clients.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type request struct {
	op     string
	from   string
	to     string
	amount int
	reply  chan response
}

type response struct {
	balance int
	err     error
}

type Bank struct {
	reqs chan request
	quit chan struct{}
	done chan map[string]int
}

func NewBank(initial map[string]int) *Bank {
	b := &Bank{reqs: make(chan request), quit: make(chan struct{}), done: make(chan map[string]int)}
	go b.loop(initial)
	return b
}

func (b *Bank) loop(bal map[string]int) {
	for {
		select {
		case r := <-b.reqs:
			switch r.op {
			case "balance":
				v, ok := bal[r.from]
				if !ok {
					r.reply <- response{err: ErrNoAccount}
					continue
				}
				r.reply <- response{balance: v}
			case "transfer":
				if _, ok := bal[r.to]; !ok {
					r.reply <- response{err: fmt.Errorf("transfer to %s: %w", r.to, ErrNoAccount)}
					continue
				}
				if bal[r.from] < r.amount {
					r.reply <- response{err: fmt.Errorf("transfer %d from %s: %w", r.amount, r.from, ErrInsufficient)}
					continue
				}
				bal[r.from] -= r.amount
				bal[r.to] += r.amount
				r.reply <- response{balance: bal[r.from]}
			}
		case <-b.quit:
			b.done <- bal
			return
		}
	}
}

func (b *Bank) Transfer(from, to string, amt int) error {
	rc := make(chan response)
	b.reqs <- request{op: "transfer", from: from, to: to, amount: amt, reply: rc}
	return (<-rc).err
}

func (b *Bank) Balance(acct string) (int, error) {
	rc := make(chan response)
	b.reqs <- request{op: "balance", from: acct, reply: rc}
	r := <-rc
	return r.balance, r.err
}

func main() {
	bank := NewBank(map[string]int{"alice": 100, "bob": 50, "carol": 0})
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := map[string]int{}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from, to := "alice", "bob"
			if i%2 == 1 {
				from, to = "bob", "carol"
			}
			if err := bank.Transfer(from, to, 10); err != nil {
				mu.Lock()
				if errors.Is(err, ErrInsufficient) {
					failures["insufficient"]++
				}
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	err := bank.Transfer("alice", "dave", 1)
	fmt.Println(err, errors.Is(err, ErrNoAccount))
	_, err = bank.Balance("zed")
	fmt.Println(err)
	total := 0
	for _, n := range []string{"alice", "bob", "carol"} {
		b, _ := bank.Balance(n)
		total += b
	}
	fmt.Println("total conserved:", total == 150)
	close(bank.quit)
	final := <-bank.done
	names := []string{}
	for n := range final {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("alice after 10 transfers of 10:", final["alice"])
	fmt.Println(len(names), failures["insufficient"] >= 0)
}
