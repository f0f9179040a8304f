// Generics (a program written to find divergences from Go): sync.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SyncMap[K comparable, V any] struct{ m sync.Map }

func (s *SyncMap[K, V]) Store(k K, v V) { s.m.Store(k, v) }
func (s *SyncMap[K, V]) Load(k K) (V, bool) {
	v, ok := s.m.Load(k)
	if !ok {
		var z V
		return z, false
	}
	return v.(V), true
}
func (s *SyncMap[K, V]) Range(f func(K, V) bool) {
	s.m.Range(func(k, v any) bool { return f(k.(K), v.(V)) })
}

type Pool[T any] struct {
	p sync.Pool
}

func NewPool[T any](newf func() T) *Pool[T] {
	return &Pool[T]{p: sync.Pool{New: func() any { return newf() }}}
}
func (p *Pool[T]) Get() T  { return p.p.Get().(T) }
func (p *Pool[T]) Put(x T) { p.p.Put(x) }

type Broker[T any] struct {
	mu   sync.RWMutex
	subs map[string]chan T
}

func (b *Broker[T]) Subscribe(name string, buf int) <-chan T {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = map[string]chan T{}
	}
	c := make(chan T, buf)
	b.subs[name] = c
	return c
}

func (b *Broker[T]) Publish(v T) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, c := range b.subs {
		c <- v
	}
}

func (b *Broker[T]) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, c := range b.subs {
		close(c)
	}
}

type Batch[T any] struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []T
	size  int
}

func NewBatch[T any](size int) *Batch[T] {
	b := &Batch[T]{size: size}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Batch[T]) Add(x T) {
	b.mu.Lock()
	b.items = append(b.items, x)
	if len(b.items) >= b.size {
		b.cond.Broadcast()
	}
	b.mu.Unlock()
}

func (b *Batch[T]) Wait() []T {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) < b.size {
		b.cond.Wait()
	}
	return b.items
}

func main() {
	var sm SyncMap[string, []int]
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Store(fmt.Sprint("k", i), []int{i, i * i})
		}()
	}
	wg.Wait()
	var keys []string
	sm.Range(func(k string, v []int) bool { keys = append(keys, fmt.Sprint(k, v)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := sm.Load("k3")
	fmt.Println(v, ok)
	_, ok = sm.Load("zz")
	fmt.Println(ok)

	p := NewPool(func() *[]byte { b := make([]byte, 0, 16); return &b })
	buf := p.Get()
	*buf = append(*buf, "hi"...)
	fmt.Println(string(*buf), cap(*buf))

	var br Broker[string]
	c1 := br.Subscribe("a", 10)
	c2 := br.Subscribe("b", 10)
	br.Publish("x")
	br.Publish("y")
	br.Close()
	var got []string
	for v := range c1 {
		got = append(got, "a:"+v)
	}
	for v := range c2 {
		got = append(got, "b:"+v)
	}
	fmt.Println(got)

	bt := NewBatch[int](4)
	for i := range 4 {
		go bt.Add(i * 10)
	}
	items := bt.Wait()
	sort.Ints(items)
	fmt.Println(items)
}
