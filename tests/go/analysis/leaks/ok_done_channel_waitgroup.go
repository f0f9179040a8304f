// check
// Tests workers stopped by closing a done channel, with wg.Wait before main returns.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ticker := time.NewTicker(5 * time.Millisecond)
			defer ticker.Stop()
			for {
				select {
				case <-ticker.C:
				case <-done:
					return
				}
			}
		}()
	}
	time.Sleep(22 * time.Millisecond)
	close(done)
	wg.Wait()
	fmt.Println("all workers stopped")
}
