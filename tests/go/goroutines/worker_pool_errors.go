// Tests worker pool where some jobs fail; errors collected and sorted.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrOdd = errors.New("odd input")

type JobError struct {
	ID  int
	Err error
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %v", e.ID, e.Err) }
func (e *JobError) Unwrap() error { return e.Err }

func process(id int) (int, error) {
	if id%3 == 0 {
		return 0, &JobError{id, ErrOdd}
	}
	return id * 10, nil
}

func main() {
	jobs := make(chan int)
	type res struct {
		id  int
		val int
		err error
	}
	results := make(chan res)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := process(j)
				results <- res{j, v, err}
			}
		}()
	}
	go func() {
		for i := 1; i <= 10; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []res
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	nerr := 0
	for _, r := range all {
		if r.err != nil {
			nerr++
			var je *JobError
			if errors.As(r.err, &je) {
				fmt.Printf("error id=%d is-odd=%v msg=%q\n", je.ID, errors.Is(r.err, ErrOdd), r.err)
			}
			continue
		}
		fmt.Printf("ok %d -> %d\n", r.id, r.val)
	}
	fmt.Println("errors:", nerr)
}
