// check
// expect blocked: 20
// expect leak: 32
// Tests a goroutine blocked on a mutex whose holder returned without unlocking it.
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type ledger struct {
	mu      sync.Mutex
	entries []int
}

func (l *ledger) add(v int) error {
	l.mu.Lock()
	if v < 0 {
		return errors.New("negative entry") // BUG: returns with l.mu still locked
	}
	l.entries = append(l.entries, v)
	l.mu.Unlock()
	return nil
}

func startWriters() {
	l := &ledger{}
	go func() { _ = l.add(-5) }()
	go func() {
		time.Sleep(time.Millisecond)
		_ = l.add(7)
	}()
}

func main() {
	startWriters()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
