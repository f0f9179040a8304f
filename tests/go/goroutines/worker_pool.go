// Tests a worker pool: jobs on a channel, several workers, results collected and sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Job    int
	Output int
	Worker int
}

func worker(id int, jobs <-chan int, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{j, j * j * j, id}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan Result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, k int) bool { return all[i].Job < all[k].Job })
	for _, r := range all {
		fmt.Printf("job %2d -> %4d\n", r.Job, r.Output)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("jobs done:", total, "workers used <= 4:", len(perWorker) <= 4)
}
