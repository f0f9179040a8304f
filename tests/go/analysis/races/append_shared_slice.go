// check
// expect race: 18 18
// Tests append to a shared slice from two goroutines without synchronization.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var ids []int
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			ids = append(ids, id)
		}(w)
	}
	wg.Wait()
	fmt.Println("appended from two goroutines")
}
