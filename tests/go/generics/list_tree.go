// Generics (a program written to find divergences from Go): list tree.
package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) PushFront(v T) { l.head = &Node[T]{v, l.head}; l.size++ }
func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	if l.head == nil {
		l.head = n
	} else {
		c := l.head
		for c.Next != nil {
			c = c.Next
		}
		c.Next = n
	}
	l.size++
}
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}
func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	i := 0
	l.Each(func(v T) {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
		i++
	})
	sb.WriteString("]")
	return sb.String()
}

func (l *List[T]) Reverse() *List[T] {
	r := &List[T]{}
	l.Each(r.PushFront)
	return r
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).k:
			p = &(*p).left
		case k > (*p).k:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.k {
			n = n.left
		} else if k > n.k {
			n = n.right
		} else {
			return n.v, true
		}
	}
	var zero V
	return zero, false
}

func (n *tnode[K, V]) walk(f func(K, V)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.k, n.v)
	n.right.walk(f)
}

func (t *Tree[K, V]) Walk(f func(K, V)) { t.root.walk(f) }

func (n *tnode[K, V]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

// recursive type through slice
type Rose[T any] struct {
	Label T
	Kids  []Rose[T]
}

func (r Rose[T]) Count() int {
	c := 1
	for _, k := range r.Kids {
		c += k.Count()
	}
	return c
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.size)
	fmt.Println(l.Reverse())
	ls := &List[string]{}
	ls.PushBack("a")
	ls.PushBack("b")
	fmt.Println(ls)
	fmt.Printf("%v\n", ls)
	fmt.Printf("%T %T\n", ls, ls.head)
	fmt.Printf("%+v\n", *ls.head.Next)

	t := &Tree[string, int]{}
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
	fmt.Println(t.n, t.root.height())
	v, ok := t.Get("fox")
	fmt.Println(v, ok)
	v, ok = t.Get("cat")
	fmt.Println(v, ok)

	t2 := Tree[float64, []string]{}
	t2.Put(2.5, []string{"x"})
	t2.Put(-1, nil)
	t2.Walk(func(k float64, v []string) { fmt.Println(k, v, v == nil) })
	fmt.Printf("%T\n", t2.root)

	r := Rose[string]{"root", []Rose[string]{{"a", nil}, {"b", []Rose[string]{{"c", nil}}}}}
	fmt.Println(r.Count())
	fmt.Printf("%v\n%+v\n", r, r)
}
