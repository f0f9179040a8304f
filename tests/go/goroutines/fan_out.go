// Tests fan-out: one input channel consumed by several goroutines, each result tagged with its index.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}
	type item struct {
		idx  int
		word string
	}
	in := make(chan item)
	out := make([]string, len(words))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range in {
				out[it.idx] = strings.ToUpper(it.word) + fmt.Sprint(len(it.word))
			}
		}()
	}
	for i, w := range words {
		in <- item{i, w}
	}
	close(in)
	wg.Wait()
	fmt.Println(strings.Join(out, " "))
}
