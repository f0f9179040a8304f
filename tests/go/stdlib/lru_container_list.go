// Tests LRU cache with eviction callback on container/list plus list move/insert operations.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key string
	val int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(string, int)
}

func New(n int, ev func(string, int)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, evict: ev}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		en := last.Value.(*entry)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := New(3, func(k string, v int) { fmt.Println("evicted", k, v) })
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		c.Put(k, i)
		fmt.Println(c)
	}
	fmt.Println(c.Get("a"))
	fmt.Println(c.Get("d"))
	fmt.Println(c)
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	other := list.New()
	other.PushBack(5)
	other.PushBack(6)
	l.PushBackList(other)
	l.MoveToBack(e1)
	l.MoveAfter(e4, l.Back())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	fmt.Println(l.Remove(e1), l.Len(), l.Remove(e1), l.Len())
}
