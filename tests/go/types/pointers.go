// Tests pointers: new, &, auto-dereference for fields and methods, pointers to array elements and struct fields.
package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc()     { c.N++ }
func (c Counter) Get() int { return c.N }

func double(p *int) { *p *= 2 }

func newInt(v int) *int { return &v }

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 21
	double(p)
	fmt.Println(*p)
	x := 5
	q := &x
	*q++
	fmt.Println(x, *q == x, q == &x)
	c := Counter{}
	c.Inc()
	(&c).Inc()
	cp := &c
	cp.Inc()
	fmt.Println(c.N, cp.N, cp.Get(), (*cp).Get())
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	se := &s[0]
	s[0] = 100
	fmt.Println(*se)
	s = append(s, 4)
	s[0] = 200
	fmt.Println(*se, s[0])
	f := &c.N
	*f = 99
	fmt.Println(c.Get())
	a, b := newInt(1), newInt(1)
	fmt.Println(a == b, *a == *b)
	pp := &p
	**pp = 7
	fmt.Println(*p)
	var nilp *Counter
	fmt.Println(nilp == nil, nilp)
	arrp := &arr
	arrp[2] = 30
	fmt.Println(arr, len(arrp))
	type Node struct {
		Val  int
		Next *Node
	}
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
}
