// Tests each worker goroutine recovers its own panic and reports it as an error over a channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	ID  int
	Val int
	Err error
}

func risky(id int) int {
	switch id % 4 {
	case 1:
		var m map[int]int
		m[id] = 1
	case 2:
		arr := []int{1, 2}
		return arr[id]
	case 3:
		panic(fmt.Errorf("custom failure %d", id))
	}
	return id * 2
}

func main() {
	results := make(chan Result)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					results <- Result{ID: id, Err: fmt.Errorf("recovered: %v", r)}
				}
			}()
			results <- Result{ID: id, Val: risky(id)}
		}(i)
	}
	go func() { wg.Wait(); close(results) }()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	for _, r := range all {
		if r.Err != nil {
			fmt.Printf("%d: %v\n", r.ID, r.Err)
		} else {
			fmt.Printf("%d: ok %d\n", r.ID, r.Val)
		}
	}
}
