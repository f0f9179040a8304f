// check
// expect deadlock
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Tests RLock of a sync.RWMutex by the goroutine that already holds its write lock.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	mu   sync.RWMutex
	rows []string
}

func (t *table) count() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.rows)
}

func (t *table) insert(row string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.count() >= 10 { // BUG: RLock while holding the write lock
		return
	}
	t.rows = append(t.rows, row)
}

func main() {
	t := &table{}
	fmt.Println("inserting")
	t.insert("first")
	fmt.Println("rows:", t.count())
}
