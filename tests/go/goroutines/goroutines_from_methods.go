// Tests goroutines started from value/pointer methods, interface methods and method values.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Worker struct {
	id  int
	mu  *sync.Mutex
	out *[]string
	wg  *sync.WaitGroup
}

func (w Worker) run(msg string) {
	defer w.wg.Done()
	w.mu.Lock()
	*w.out = append(*w.out, fmt.Sprintf("%d:%s", w.id, msg))
	w.mu.Unlock()
}

func (w *Worker) start(n int) {
	for i := 0; i < n; i++ {
		w.wg.Add(1)
		go w.run(fmt.Sprint("job", i))
	}
}

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

type runner interface{ run(string) }

func main() {
	var mu sync.Mutex
	var out []string
	var wg sync.WaitGroup
	ws := []*Worker{{1, &mu, &out, &wg}, {2, &mu, &out, &wg}}
	for _, w := range ws {
		w.start(3)
	}
	wg.Add(1)
	var r runner = Worker{3, &mu, &out, &wg}
	go r.run("iface")
	wg.Add(1)
	f := Worker{4, &mu, &out, &wg}.run
	go f("value")
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out)
	var a Acc
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go a.Add(i, &wg)
	}
	wg.Wait()
	fmt.Println(a.sum)
	res := make(chan int)
	for i := 0; i < 3; i++ {
		go func(n int) { res <- n * n }(i)
	}
	s := 0
	for i := 0; i < 3; i++ {
		s += <-res
	}
	fmt.Println(s)
}
