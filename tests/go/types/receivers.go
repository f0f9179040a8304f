// Tests value versus pointer receivers: which mutations are visible, and method sets with interfaces.
package main

import "fmt"

type Wallet struct {
	Balance int
	History []string
}

func (w Wallet) DepositValue(n int) {
	w.Balance += n
	w.History = append(w.History, "value")
}

func (w *Wallet) Deposit(n int) {
	w.Balance += n
	w.History = append(w.History, fmt.Sprint("+", n))
}

func (w Wallet) Total() int { return w.Balance }

type Depositor interface{ Deposit(int) }

type Counter int

func (c *Counter) Inc()        { *c++ }
func (c Counter) Double() Counter { return c * 2 }

func main() {
	w := Wallet{}
	w.DepositValue(10)
	fmt.Println(w.Balance, w.History)
	w.Deposit(10)
	w.Deposit(5)
	fmt.Println(w.Balance, w.History, w.Total())
	var d Depositor = &w
	d.Deposit(1)
	fmt.Println(w.Balance)
	wallets := []Wallet{{}, {}}
	for _, wl := range wallets {
		wl.Deposit(100)
	}
	fmt.Println(wallets[0].Balance)
	for i := range wallets {
		wallets[i].Deposit(100)
	}
	fmt.Println(wallets[0].Balance, wallets[1].Balance)
	m := map[string]*Wallet{"a": {}}
	m["a"].Deposit(3)
	fmt.Println(m["a"].Balance)
	var c Counter = 4
	c.Inc()
	c.Inc()
	fmt.Println(c, c.Double(), c)
	shared := Wallet{History: make([]string, 0, 4)}
	shared.DepositValue(1)
	fmt.Println(len(shared.History), shared.History[:1])
}
