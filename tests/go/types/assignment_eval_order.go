// Tests assignment and evaluation order: swaps, index expressions, map ops, function call order.
package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, v int) int { trace = append(trace, "idx"+name); return v }

func main() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[i], i = 7, 2
	fmt.Println(i, a)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
	r := f("a", 1) + f("b", 2)*f("c", 3)
	fmt.Println(r, trace)
	trace = nil
	m := map[int]int{}
	m[idx("k", 1)] = f("v", 10)
	fmt.Println(m, trace)
	trace = nil
	s := []int{f("e1", 1), f("e2", 2), f("e3", 3)}
	fmt.Println(s, trace)
	p := &struct{ n int }{5}
	q := p
	p.n, q.n = q.n+1, p.n+10
	fmt.Println(p.n)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees:", v)
		}
	}
	n := 0
	for i := range sl {
		sl = append(sl, i)
		n++
	}
	fmt.Println("iterations:", n, len(sl))
	mm := map[string]int{"a": 1}
	mm["a"] += 5
	mm["b"]++
	v, ok := mm["c"]
	fmt.Println(mm["a"], mm["b"], v, ok, len(mm))
	j := 0
	j += f("j", 5)
	fmt.Println(j)
}
