// check
// Tests lazy initialisation with sync.Once shared by several goroutines.
package main

import (
	"fmt"
	"sync"
)

var (
	once  sync.Once
	table map[string]int
)

func lookup(key string) int {
	once.Do(func() {
		table = map[string]int{"a": 1, "b": 2, "c": 3}
	})
	return table[key]
}

func main() {
	keys := []string{"a", "b", "c"}
	results := make([]int, len(keys))
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func(i int, k string) {
			defer wg.Done()
			results[i] = lookup(k)
		}(i, k)
	}
	wg.Wait()
	fmt.Println(results)
}
