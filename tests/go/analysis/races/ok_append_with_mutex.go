// check
// Tests appends to a shared slice guarded by a mutex: no race.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		ids []int
	)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			ids = append(ids, id)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	sort.Ints(ids)
	fmt.Println(ids)
}
