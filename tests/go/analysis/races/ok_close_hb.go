// check
// Tests data written before close(done) and read after <-done by several readers.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var report []string
	done := make(chan struct{})
	go func() {
		report = append(report, "parsed", "validated")
		close(done)
	}()
	var wg sync.WaitGroup
	lengths := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-done
			lengths[i] = len(report)
		}(i)
	}
	wg.Wait()
	<-done
	fmt.Println(report, lengths)
}
