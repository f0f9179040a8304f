// Tests container/list: push/insert/move/remove operations and iteration both ways; an LRU on top of it.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) string {
	s := "["
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			s += " "
		}
		s += fmt.Sprint(e.Value)
	}
	return s + "]"
}

func dumpBack(l *list.List) []interface{} {
	var r []interface{}
	for e := l.Back(); e != nil; e = e.Prev() {
		r = append(r, e.Value)
	}
	return r
}

type LRU struct {
	cap   int
	ll    *list.List
	index map[string]*list.Element
}

type pair struct {
	k string
	v int
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.index[k]; ok {
		e.Value.(*pair).v = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.index[k] = c.ll.PushFront(&pair{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		p := last.Value.(*pair)
		delete(c.index, p.k)
		return p.k
	}
	return ""
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	fmt.Println(dump(l), l.Len())
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	fmt.Println(dump(l), dumpBack(l))
	v := l.Remove(e4)
	fmt.Println(v, dump(l), l.Len())
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	fmt.Println(dump(l), l.Len())
	fmt.Println(l.Remove(e4), l.Len())
	fmt.Println(dump(l))
	l.Init()
	fmt.Println(dump(l), l.Len(), l.Front() == nil)
	var zero list.List
	zero.PushBack("lazy")
	fmt.Println(dump(&zero))
	c := &LRU{cap: 2, ll: list.New(), index: map[string]*list.Element{}}
	for _, k := range []string{"a", "b", "a", "c", "d", "a"} {
		fmt.Printf("put %s evicted=%q\n", k, c.Put(k, len(k)))
	}
}
