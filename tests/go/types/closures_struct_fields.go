// Tests closures capturing struct fields, pointers, and recursive closures; counters per instance.
package main

import (
	"fmt"
	"strings"
)

type Button struct {
	Label   string
	Clicks  int
	OnClick func()
}

type EventBus struct {
	handlers map[string][]func(string) string
}

func (b *EventBus) On(ev string, h func(string) string) {
	if b.handlers == nil {
		b.handlers = map[string][]func(string) string{}
	}
	b.handlers[ev] = append(b.handlers[ev], h)
}

func (b *EventBus) Emit(ev, payload string) []string {
	var out []string
	for _, h := range b.handlers[ev] {
		out = append(out, h(payload))
	}
	return out
}

func main() {
	buttons := []*Button{{Label: "ok"}, {Label: "cancel"}}
	for _, b := range buttons {
		b := b
		b.OnClick = func() { b.Clicks++ }
	}
	buttons[0].OnClick()
	buttons[0].OnClick()
	buttons[1].OnClick()
	for _, b := range buttons {
		fmt.Println(b.Label, b.Clicks)
	}
	type state struct{ n int }
	st := state{}
	incr := func() { st.n++ }
	incr()
	incr()
	snapshot := st
	incr()
	fmt.Println(st.n, snapshot.n)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	bus := &EventBus{}
	prefix := ">"
	bus.On("msg", func(s string) string { return prefix + strings.ToUpper(s) })
	bus.On("msg", func(s string) string { return prefix + strings.Repeat(s, 2) })
	prefix = "#"
	fmt.Println(bus.Emit("msg", "hi"), bus.Emit("none", "x") == nil)
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80), len(memo))
	x := 1
	f := func() func() int {
		x++
		return func() int { x *= 3; return x }
	}
	g := f()
	v := g()
	fmt.Println(x, v)
}
