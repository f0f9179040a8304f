// Generics (a program written to find divergences from Go): lru.
package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	m          map[K]*entry[K, V]
	head, tail *entry[K, V]
	onEvict    func(K, V)
}

func NewLRU[K comparable, V any](cap int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: cap, m: make(map[K]*entry[K, V]), onEvict: onEvict}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	e, ok := c.m[k]
	if !ok {
		return v, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.m[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.m) == c.cap {
		t := c.tail
		c.unlink(t)
		delete(c.m, t.key)
		if c.onEvict != nil {
			c.onEvict(t.key, t.val)
		}
	}
	e := &entry[K, V]{key: k, val: v}
	c.m[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type point struct{ x, y int }

func main() {
	c := NewLRU(3, func(k string, v int) { fmt.Println("evict", k, v) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	v, ok := c.Get("b")
	fmt.Println(v, ok)
	pc := NewLRU[point, []string](2, nil)
	pc.Put(point{1, 2}, []string{"x"})
	pc.Put(point{3, 4}, nil)
	pc.Put(point{1, 2}, []string{"y", "z"})
	pc.Put(point{5, 6}, []string{})
	fmt.Println(pc)
	fmt.Printf("%T\n", pc.head)
}
