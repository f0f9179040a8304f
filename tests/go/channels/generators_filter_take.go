// Tests generators via channels and closures: fibonacci, take, filter, stateful iterators.
package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counterGen(done chan struct{}, start, step int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := start; ; i += step {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if pred(v) {
				out <- v
			}
		}
	}()
	return out
}

func take(in <-chan int, n int) []int {
	var r []int
	for v := range in {
		r = append(r, v)
		if len(r) == n {
			break
		}
	}
	return r
}

type Iter struct {
	items []string
	pos   int
}

func (it *Iter) Next() (string, bool) {
	if it.pos >= len(it.items) {
		return "", false
	}
	s := it.items[it.pos]
	it.pos++
	return s, true
}

func main() {
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	done := make(chan struct{})
	evens := filter(counterGen(done, 1, 3), func(x int) bool { return x%2 == 0 })
	fmt.Println(take(evens, 5))
	close(done)
	it := &Iter{items: []string{"x", "y", "z"}}
	for s, ok := it.Next(); ok; s, ok = it.Next() {
		fmt.Print(s)
	}
	fmt.Println()
	adders := make([]func(int) int, 0)
	for _, n := range []int{1, 10, 100} {
		n := n
		adders = append(adders, func(x int) int { return x + n })
	}
	for _, a := range adders {
		fmt.Print(a(5), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		sum := 0
		return func(x int) int { sum += x; return sum }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
}
