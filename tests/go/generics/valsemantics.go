// Generics (a program written to find divergences from Go): valsemantics.
package main

import "fmt"

type Counter[T ~int | ~float64] struct {
	n    T
	hist [3]T
}

func (c Counter[T]) Value() T { return c.n }
func (c *Counter[T]) Inc(d T) {
	c.hist[int(c.n)%3] = d
	c.n += d
}

type Wrapper[T any] struct{ v T }

func (w Wrapper[T]) String() string { return fmt.Sprintf("W(%v)", w.v) }

type PW[T any] struct{ v T }

func (w *PW[T]) String() string { return fmt.Sprintf("PW(%v)", w.v) }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Modify[T any](xs []T, f func(*T)) {
	for i := range xs {
		f(&xs[i])
	}
}

func CopyArr[T any](a [4]T) [4]T {
	a[0] = a[3]
	return a
}

func main() {
	c := Counter[int]{}
	get := c.Value
	inc := c.Inc
	inc(5)
	inc(2)
	fmt.Println(get(), c.Value(), c.n, c.hist)
	cs := []Counter[float64]{{}, {}}
	for _, x := range cs {
		x.Inc(1)
	}
	fmt.Println(cs[0].n)
	for i := range cs {
		cs[i].Inc(1.5)
	}
	fmt.Println(cs[0].n, cs[1].hist)
	m := map[string]*Counter[int]{"a": {}}
	m["a"].Inc(3)
	fmt.Println(m["a"].Value())
	fmt.Println(Wrapper[int]{1}, &Wrapper[string]{"s"}, []Wrapper[bool]{{true}})
	fmt.Println(PW[int]{1}, &PW[int]{2})
	fmt.Printf("%v %s %d\n", Wrapper[int]{3}, Wrapper[int]{4}, Wrapper[int]{5})
	x, y := "x", "y"
	Swap(&x, &y)
	fmt.Println(x, y)
	pa, pb := &Wrapper[int]{1}, &Wrapper[int]{2}
	Swap(&pa, &pb)
	fmt.Println(pa.v, pb.v)
	Swap(pa, pb)
	fmt.Println(pa.v, pb.v)
	ws := []Wrapper[int]{{1}, {2}}
	Modify(ws, func(w *Wrapper[int]) { w.v *= 10 })
	fmt.Println(ws)
	a := [4]string{"a", "b", "c", "d"}
	b := CopyArr(a)
	fmt.Println(a, b)
	s1 := Counter[int]{n: 1}
	s2 := s1
	s2.Inc(1)
	fmt.Println(s1.n, s2.n, s1 == s2, s1 == Counter[int]{n: 1})
}
