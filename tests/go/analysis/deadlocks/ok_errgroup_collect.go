// check
// Tests errgroup tasks sending results that main reads while a closer waits for the group.
package main

import (
	"fmt"
	"sort"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		i := i
		g.Go(func() error {
			results <- i * i
			return nil
		})
	}
	errc := make(chan error, 1)
	go func() {
		errc <- g.Wait()
		close(results)
	}()
	var got []int
	for r := range results {
		got = append(got, r)
	}
	sort.Ints(got)
	fmt.Println(got, <-errc)
}
