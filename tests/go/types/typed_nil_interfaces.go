// Tests typed nil pointers inside interfaces, nil receivers, nil func/map/slice stored in any.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return -1
	}
	return q.s * q.s
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%v %T\n", e1 == (*MyErr)(nil), e1)
	e2 := correct(false)
	fmt.Println(e2 == nil)
	var me *MyErr
	fmt.Println(errors.As(mayFail(true), &me), me != nil)
	var s Shape = (*Sq)(nil)
	fmt.Println(s != nil, s.Area())
	var s2 Shape
	fmt.Println(s2 == nil)
	shapes := []Shape{&Sq{2}, nil, (*Sq)(nil)}
	for i, sh := range shapes {
		if sh == nil {
			fmt.Println(i, "nil interface")
			continue
		}
		fmt.Println(i, sh.Area())
	}
	var a, b any
	fmt.Println(a == b, a == nil)
	a = (*int)(nil)
	fmt.Println(a == nil, a == (*int)(nil), a == b)
	var f func()
	var fi any = f
	fmt.Println(f == nil, fi == nil, fi != nil)
	var m map[string]int
	var mi any = m
	fmt.Println(mi == nil, m == nil, len(m), m["x"])
	var sl []int
	var si any = sl
	fmt.Println(si == nil, sl == nil)
	fmt.Printf("%v %v %v %d\n", fi == nil, mi, si, len(sl))
}
