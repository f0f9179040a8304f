// Tests pipeline stages built from closures, concurrent memoization, recursive memoized closures.
package main

import (
	"fmt"
	"sync"
)

type Pipeline struct {
	stages []func(<-chan int) <-chan int
}

func (p *Pipeline) Add(f func(int) int) *Pipeline {
	p.stages = append(p.stages, func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	})
	return p
}

func (p *Pipeline) Run(src []int) []int {
	in := make(chan int)
	go func() {
		defer close(in)
		for _, v := range src {
			in <- v
		}
	}()
	var c <-chan int = in
	for _, st := range p.stages {
		c = st(c)
	}
	var res []int
	for v := range c {
		res = append(res, v)
	}
	return res
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	var mu sync.Mutex
	return func(n int) int {
		mu.Lock()
		if v, ok := cache[n]; ok {
			mu.Unlock()
			return v
		}
		mu.Unlock()
		v := f(n)
		mu.Lock()
		cache[n] = v
		mu.Unlock()
		return v
	}
}

func main() {
	p := &Pipeline{}
	p.Add(func(x int) int { return x + 1 }).Add(func(x int) int { return x * x }).Add(func(x int) int { return x - 1 })
	fmt.Println(p.Run([]int{1, 2, 3, 4, 5}))
	calls := 0
	var slowSq func(int) int
	slowSq = func(n int) int { calls++; return n * n }
	m := memo(slowSq)
	var wg sync.WaitGroup
	res := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = m(i % 3)
		}(i)
	}
	wg.Wait()
	fmt.Println(res, calls <= 10)
	var fibm func(int) int
	fibm = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fibm(n-1) + fibm(n-2)
	})
	fmt.Println(fibm(80))
	compose := func(fs ...func(string) string) func(string) string {
		return func(s string) string {
			for i := len(fs) - 1; i >= 0; i-- {
				s = fs[i](s)
			}
			return s
		}
	}
	wrap := func(l, r string) func(string) string { return func(s string) string { return l + s + r } }
	fmt.Println(compose(wrap("[", "]"), wrap("(", ")"), wrap("<", ">"))("x"))
}
