// Tests map/reduce word count over goroutines with sorted results.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

var docs = []string{
	"The quick brown fox jumps over the lazy dog.",
	"The dog barks; the fox runs!",
	"A quick brown dog? Yes, a QUICK one.",
	"Lazy, lazy afternoon for the fox and the dog",
}

func mapper(doc string, out chan<- map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		counts[w]++
	}
	out <- counts
}

type kv struct {
	k string
	v int
}

func main() {
	out := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go mapper(d, out, &wg)
	}
	go func() { wg.Wait(); close(out) }()
	total := map[string]int{}
	for m := range out {
		for k, v := range m {
			total[k] += v
		}
	}
	var kvs []kv
	for k, v := range total {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:8] {
		fmt.Printf("%-6s %d %s\n", e.k, e.v, strings.Repeat("*", e.v))
	}
	fmt.Println(len(kvs), "distinct")
	fmt.Println(total)
}
