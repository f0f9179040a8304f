// Tests runtime.NumGoroutine before, during and after a set of goroutines runs.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(release)
	finished.Wait()
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after:", runtime.NumGoroutine())
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0, "GOMAXPROCS positive:", runtime.GOMAXPROCS(0) > 0)
}
