// Tests collecting errors from concurrent tasks without errgroup: first error and all errors sorted.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

func parseAll(inputs []string) ([]int, []error) {
	vals := make([]int, len(inputs))
	errs := make([]error, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func(i int, in string) {
			defer wg.Done()
			v, err := strconv.Atoi(in)
			if err != nil {
				errs[i] = fmt.Errorf("input %d: %w", i, err)
				return
			}
			vals[i] = v
		}(i, in)
	}
	wg.Wait()
	var out []error
	for _, e := range errs {
		if e != nil {
			out = append(out, e)
		}
	}
	return vals, out
}

func main() {
	vals, errs := parseAll([]string{"1", "x", "3", "", "42"})
	fmt.Println(vals)
	for _, e := range errs {
		fmt.Println(e)
		fmt.Println("  is ErrSyntax:", errors.Is(e, strconv.ErrSyntax))
	}
	errCh := make(chan error, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 1 {
				errCh <- fmt.Errorf("task %d failed", i)
			}
		}(i)
	}
	wg.Wait()
	close(errCh)
	var msgs []string
	for e := range errCh {
		msgs = append(msgs, e.Error())
	}
	sort.Strings(msgs)
	fmt.Println(len(msgs), msgs)
}
