// Tests tuple assignment order, composite literal evaluation order, map op-assign, aliasing after append, if/switch init.
package main

import "fmt"

var trace []string

func t(s string, v int) int { trace = append(trace, s); return v }

type P struct{ A, B int }

func get() (int, int) { trace = append(trace, "get"); return 1, 2 }

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
	_ = []int{t("a", 1), t("b", 2), t("c", 3)}
	_ = P{B: t("B", 1), A: t("A", 2)}
	_ = map[int]int{t("k1", 1): t("v1", 1), t("k2", 2): t("v2", 2)}
	fmt.Println(trace)
	trace = nil
	_ = t("l", 1) + t("r", 2)*t("rr", 3)
	fmt.Println(trace)
	trace = nil
	m := map[string]int{}
	m["x"]++
	m["x"] += 10
	m["y"] -= 3
	fmt.Println(m)
	ms := map[string]string{}
	ms["s"] += "abc"
	ms["s"] += "def"
	fmt.Println(ms)
	type S struct{ n int }
	sl := []S{{1}}
	p := &sl[0]
	sl = append(sl, S{2})
	p.n = 100
	fmt.Println(sl[0].n, p.n)
	var iface any = sl[1]
	sl[1].n = 200
	fmt.Println(iface, sl[1])
	arr := [2]int{1, 2}
	var ia any = arr
	arr[0] = 99
	fmt.Println(ia, ia == any([2]int{1, 2}))
	var u64 uint64 = 1
	var sh uint = 64
	var neg int64 = -8
	fmt.Println(u64<<sh, u64<<(sh-1), neg>>sh, neg>>2, -7/2, -7%2, 7%-2, -7>>1)
	q, r := get()
	fmt.Println(q, r, trace)
	defer func() { fmt.Println("deferred sees i =", i) }()
	for i = 0; i < 3; i++ {
	}
	if v := t("if", 5); v > 3 {
		fmt.Println("if-init", v)
	} else if w := v * 2; w > 0 {
		fmt.Println(w)
	}
	switch z := t("sw", 7); {
	case z > 5:
		fmt.Println("switch-init", z)
	}
	fmt.Println(trace)
}
