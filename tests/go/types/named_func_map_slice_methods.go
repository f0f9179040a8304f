// Tests named func/map/slice types with methods: HandlerFunc adapter, middleware chains, Set type.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler interface {
	Serve(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(r string) string { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(tag string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r string) string {
			return tag + "(" + next.Serve(r) + ")"
		})
	}
}

type Set map[string]struct{}

func (s Set) Add(xs ...string) {
	for _, x := range xs {
		s[x] = struct{}{}
	}
}
func (s Set) Has(x string) bool { _, ok := s[x]; return ok }
func (s Set) Sorted() []string {
	r := make([]string, 0, len(s))
	for k := range s {
		r = append(r, k)
	}
	sort.Strings(r)
	return r
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

func main() {
	h := Chain(HandlerFunc(strings.ToUpper), Logging("A"), Logging("B"))
	fmt.Println(h.Serve("req"))
	s := Set{}
	s.Add("x", "y", "x", "a")
	fmt.Println(s.Has("x"), s.Has("z"), s.Sorted(), len(s))
	var st Stack
	for i := 1; i <= 4; i++ {
		st.Push(i * i)
	}
	fmt.Println(st.Pop(), st.Peek(), st, len(st))
	fmt.Println(Path{"usr", "local", "bin"}, Path(nil))
	fmt.Printf("%v %s %d\n", Path{"a"}, Path{"b"}, []string(Path{"c"}))
	var hf HandlerFunc = func(s string) string { return s + "!" }
	var iface Handler = hf
	if f, ok := iface.(HandlerFunc); ok {
		fmt.Println(f("direct"))
	}
}
