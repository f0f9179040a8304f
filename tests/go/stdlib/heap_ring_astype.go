// container/heap (ties in Go's order, Fix, Remove), container/ring, errors.AsType.
package main

import (
	"container/heap"
	"container/ring"
	"errors"
	"fmt"
)

type Item struct {
	name string
	prio int
}

type PQ []*Item

func (q PQ) Len() int            { return len(q) }
func (q PQ) Less(i, j int) bool  { return q[i].prio < q[j].prio }
func (q PQ) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)         { *q = append(*q, x.(*Item)) }
func (q *PQ) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	q := &PQ{}
	for i, n := range []string{"e", "a", "d", "b", "c", "f", "g"} {
		heap.Push(q, &Item{n, (i * 3) % 4})
	}
	(*q)[2].prio = -1
	heap.Fix(q, 2)
	heap.Remove(q, 3)
	for q.Len() > 0 {
		it := heap.Pop(q).(*Item)
		fmt.Print(it.name, it.prio, " ")
	}
	fmt.Println()
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	r.Unlink(2)
	fmt.Println(r.Len(), r.Move(2).Value)
	err := fmt.Errorf("wrap: %w", &MyErr{7})
	if e, ok := errors.AsType[*MyErr](err); ok {
		fmt.Println("found", e.code)
	}
	_, ok := errors.AsType[*MyErr](errors.New("x"))
	fmt.Println(ok)
}
