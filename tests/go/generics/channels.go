// Generics (a program written to find divergences from Go): channels.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func Gen[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 4)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] { return &SafeMap[K, V]{m: make(map[K]V)} }

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Get(k K) V {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[k]
}

type Future[T any] struct {
	ch  chan struct{}
	val T
}

func Async[T any](f func() T) *Future[T] {
	fu := &Future[T]{ch: make(chan struct{})}
	go func() { fu.val = f(); close(fu.ch) }()
	return fu
}

func (f *Future[T]) Await() T { <-f.ch; return f.val }

func main() {
	res := Collect(Merge(Gen(1, 2, 3), Gen(10, 20), Gen[int](), Gen(100)))
	sort.Ints(res)
	fmt.Println(res)
	strs := Collect(MapChan(Merge(Gen("b", "a"), Gen("c")), func(s string) string { return s + s }))
	sort.Strings(strs)
	fmt.Println(strs)
	sq := ParallelMap([]int{1, 2, 3, 4, 5, 6, 7}, 3, func(i int) float64 { return float64(i) / 2 })
	fmt.Println(sq)
	sm := NewSafeMap[string, int]()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Update([]string{"x", "y"}[i%2], func(v int) int { return v + i })
		}()
	}
	wg.Wait()
	fmt.Println(sm.Get("x"), sm.Get("y"))
	f1 := Async(func() string { return "hello" })
	f2 := Async(func() []int { return []int{1, 2} })
	fmt.Println(f1.Await(), f2.Await())
	bc := make(chan Future[int], 1)
	bc <- Future[int]{val: 3}
	fmt.Println((<-bc).val)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	sel := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range Gen(5, 6) {
			sel <- v
		}
		close(done)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-sel:
			sum += v
		case <-done:
			break loop
		}
	}
	fmt.Println(sum)
}
