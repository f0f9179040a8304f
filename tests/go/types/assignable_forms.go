// Tests many assignable forms: comma-ok into fields/elements, multi-value into fields, ++ on derefs, op-assign on calls.
package main

import "fmt"

type S struct {
	f   int
	ok  bool
	arr [3]int
	m   map[string]int
	sl  []int
	ptr *int
}

var calls int

func getMap(m map[string]int) map[string]int { calls++; return m }
func two() (int, bool)                      { return 7, true }

func main() {
	s := &S{m: map[string]int{"a": 1}, sl: []int{1, 2, 3}}
	s.f, s.ok = s.m["a"]
	fmt.Println(s.f, s.ok)
	s.f, s.ok = s.m["zz"]
	fmt.Println(s.f, s.ok)
	var x interface{} = 9
	s.arr[0], s.ok = x.(int)
	fmt.Println(s.arr, s.ok)
	ch := make(chan int, 1)
	ch <- 5
	s.sl[2], s.ok = <-ch
	fmt.Println(s.sl, s.ok)
	close(ch)
	s.sl[1], s.ok = <-ch
	fmt.Println(s.sl, s.ok)
	s.f, s.ok = two()
	fmt.Println(s.f, s.ok)
	getMap(s.m)["a"] += 10
	getMap(s.m)["b"]++
	fmt.Println(s.m, calls)
	n := 3
	s.ptr = &n
	*s.ptr++
	*s.ptr *= 4
	fmt.Println(n)
	(*s).arr[1]++
	s.arr[2] -= 5
	fmt.Println(s.arr)
	mm := map[string][]int{"k": {1, 2}}
	mm["k"][1]++
	mm["k"][0] <<= 3
	fmt.Println(mm)
	ma := map[string]*S{"p": {}}
	ma["p"].f++
	ma["p"].arr[2] = 8
	fmt.Println(ma["p"].f, ma["p"].arr)
	m2 := map[int]int{1: 10, 2: 20}
	m2[1], m2[2] = m2[2], m2[1]
	fmt.Println(m2)
	var u uint8 = 200
	u += 100
	u %= 7
	var i16 int16 = -300
	i16 >>= 2
	i16 &^= 0x0F
	fmt.Println(u, i16)
	type pt struct{ x, y int }
	pc := make(chan pt, 1)
	orig := pt{1, 2}
	pc <- orig
	orig.x = 100
	got := <-pc
	fmt.Println(got, orig)
	ac := make(chan [2]int, 1)
	a := [2]int{1, 2}
	ac <- a
	a[0] = 9
	fmt.Println(<-ac, a)
	var arrOfPtr [2]*int
	arrOfPtr[0] = &n
	*arrOfPtr[0] = 77
	fmt.Println(n)
	pp := &s.ptr
	**pp = 1
	fmt.Println(n, *s.ptr)
}
