// check
// Tests RWMutex use without nesting: insert uses an unlocked helper, readers share RLock.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	mu   sync.RWMutex
	rows []string
}

func (t *table) countLocked() int { return len(t.rows) }

func (t *table) count() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.countLocked()
}

func (t *table) insert(row string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.countLocked() >= 10 {
		return
	}
	t.rows = append(t.rows, row)
}

func main() {
	t := &table{}
	t.insert("first")
	t.insert("second")
	var wg sync.WaitGroup
	counts := make([]int, 3)
	for i := range counts {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counts[i] = t.count()
		}(i)
	}
	wg.Wait()
	fmt.Println(counts)
}
