// Tests value receivers are copied when a method value, go statement or defer is evaluated, not when it runs.
package main

import (
	"fmt"
	"sync"
)

type Inner struct{ v int }

func (i Inner) Show(tag string, wg *sync.WaitGroup) {
	fmt.Println(tag, i.v)
	if wg != nil {
		wg.Done()
	}
}

type Outer struct {
	Inner
	name string
}

func main() {
	o := Outer{Inner{1}, "o"}
	f := o.Show
	o.v = 2
	f("method value bound early:", nil)
	var wg sync.WaitGroup
	wg.Add(1)
	ready := make(chan struct{})
	go func() {
		<-ready
		o.Show("closure sees late:", &wg)
	}()
	o.v = 3
	close(ready)
	wg.Wait()
	wg.Add(1)
	block := make(chan struct{})
	go func(x Outer) {
		<-block
		x.Show("arg copied at go:", &wg)
	}(o)
	o.v = 4
	close(block)
	wg.Wait()
	wg.Add(1)
	gate := make(chan bool)
	var mu sync.Mutex
	mu.Lock()
	go o.Show("go stmt receiver copied:", &wg)
	o.v = 5
	mu.Unlock()
	wg.Wait()
	close(gate)
	defer o.Show("defer receiver copied:", nil)
	o.v = 6
	p := &o
	g := p.Show
	p.v = 7
	g("pointer-derived value method copies too:", nil)
}
