// Tests a goroutine that recovers its own panic and reports it to main through a channel.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			results <- fmt.Sprintf("worker %d recovered: %v", id, r)
		}
	}()
	if id%2 == 0 {
		var arr []int
		_ = arr[id]
	}
	results <- fmt.Sprintf("worker %d ok", id)
}

func main() {
	results := make(chan string, 4)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	for i := 1; i <= 4; i++ {
		for _, l := range lines {
			if l[7] == byte('0'+i) {
				fmt.Println(l)
			}
		}
	}
}
