// Generics (a program written to find divergences from Go): ring omap.
package main

import (
	"fmt"
	"strings"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(x T) (evicted T, ok bool) {
	if r.size == len(r.buf) {
		evicted, ok = r.buf[r.head], true
		r.buf[r.head] = x
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[(r.head+r.size)%len(r.buf)] = x
	r.size++
	return
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOM[K comparable, V any]() *OrderedMap[K, V] { return &OrderedMap[K, V]{m: map[K]V{}} }

func (o *OrderedMap[K, V]) Set(k K, v V) *OrderedMap[K, V] {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
	return o
}

func (o *OrderedMap[K, V]) Delete(k K) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	for i, kk := range o.keys {
		if kk == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

func (o *OrderedMap[K, V]) String() string {
	parts := make([]string, 0, len(o.keys))
	for _, k := range o.keys {
		parts = append(parts, fmt.Sprintf("%v:%v", k, o.m[k]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func MapValues[K comparable, V, W any](o *OrderedMap[K, V], f func(V) W) *OrderedMap[K, W] {
	out := NewOM[K, W]()
	for _, k := range o.keys {
		out.Set(k, f(o.m[k]))
	}
	return out
}

type Option[T any] func(*T)

type Server struct {
	Host string
	Port int
	TLS  bool
}

func Build[T any](opts ...Option[T]) T {
	var t T
	for _, o := range opts {
		o(&t)
	}
	return t
}

func WithPort(p int) Option[Server] { return func(s *Server) { s.Port = p } }
func WithHost(h string) Option[Server] { return func(s *Server) { s.Host = h } }

func main() {
	r := NewRing[string](3)
	for _, w := range strings.Fields("a b c d e") {
		if ev, ok := r.Push(w); ok {
			fmt.Print("evict:", ev, " ")
		}
	}
	fmt.Println(r.Slice())
	ri := NewRing[[2]int](2)
	ri.Push([2]int{1, 2})
	fmt.Println(ri.Slice(), ri.size)
	om := NewOM[string, int]().Set("z", 26).Set("a", 1).Set("m", 13).Set("a", 100)
	fmt.Println(om)
	om.Delete("z")
	om.Delete("nope")
	fmt.Println(om)
	fmt.Println(MapValues(om, func(v int) string { return strings.Repeat("*", v%5) }))
	s := Build(WithHost("localhost"), WithPort(8080), Option[Server](func(s *Server) { s.TLS = true }))
	fmt.Printf("%+v\n", s)
	fmt.Printf("%+v\n", Build[Server]())
}
