// Benchmark: start N goroutines (default 100000, or os.Args[1]) that each block receiving
// on one shared channel, release them all by closing it, and wait with a WaitGroup.
// run.sh also measures peak RSS with N=1 and N=100000 to get the memory per parked goroutine.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			fmt.Println("usage: goroutines [N]")
			os.Exit(2)
		}
		n = v
	}
	release := make(chan struct{})
	var started, wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	started.Add(n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(id int) {
			defer wg.Done()
			started.Done()
			<-release
			mu.Lock()
			sum += id
			mu.Unlock()
		}(i)
	}
	started.Wait()
	// Every goroutine now exists and has run up to the receive on release: all parked.
	close(release)
	wg.Wait()
	fmt.Println("goroutines:", n, "checksum:", sum)
}
