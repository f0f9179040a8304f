// Tests pointer/value method sets, auto-addressing on slice elements and map pointers, interface satisfaction checks.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

type Incer interface{ Inc() }
type Getter interface{ Get() int }

type Holder struct {
	Counter
	arr [2]Counter
	m   map[string]*Counter
}

func main() {
	var c Counter
	c.Inc()
	(&c).Inc()
	fmt.Println(c.Get(), (&c).Get())
	var i Incer = &c
	i.Inc()
	var g Getter = c
	c.Inc()
	fmt.Println(g.Get(), c.n)
	var g2 Getter = &c
	c.Inc()
	fmt.Println(g2.Get())
	h := Holder{m: map[string]*Counter{"a": {}}}
	h.Inc()
	h.arr[1].Inc()
	h.m["a"].Inc()
	h.m["a"].Inc()
	fmt.Println(h.Get(), h.arr[1].Get(), h.m["a"].Get())
	hs := []Holder{{}, {}}
	hs[1].Inc()
	hs[1].Counter.Inc()
	fmt.Println(hs[0].n, hs[1].n)
	hp := &hs[0]
	hp.Inc()
	fmt.Println(hs[0].n)
	defer c.Inc()
	f := c.Get
	defer fmt.Println("deferred get bound early:", f(), c.Get())
	c.Inc()
	fmt.Println("c now", c.n)
	_, isIncer := interface{}(c).(Incer)
	_, isIncerP := interface{}(&c).(Incer)
	fmt.Println(isIncer, isIncerP)
}
