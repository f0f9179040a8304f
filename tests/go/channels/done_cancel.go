// Tests cancellation with a done channel: workers stop when done is closed and report how they exited.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(id int, jobs <-chan int, done <-chan struct{}, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-done:
			out <- fmt.Sprintf("worker %d cancelled", id)
			return
		case j, ok := <-jobs:
			if !ok {
				out <- fmt.Sprintf("worker %d finished", id)
				return
			}
			_ = j
		}
	}
}

func main() {
	jobs := make(chan int)
	done := make(chan struct{})
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, jobs, done, out, &wg)
	}
	for j := 0; j < 10; j++ {
		jobs <- j
	}
	close(done)
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	gen := func(done <-chan struct{}) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for i := 0; ; i++ {
				select {
				case ch <- i:
				case <-done:
					return
				}
			}
		}()
		return ch
	}
	stop := make(chan struct{})
	nums := gen(stop)
	for v := range nums {
		if v == 4 {
			close(stop)
			break
		}
	}
	fmt.Println("generator stopped at 4")
}
