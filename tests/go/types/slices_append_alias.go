// Tests append aliasing: slices sharing a backing array until append exceeds capacity.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	base[0], base[1], base[2] = 1, 2, 3
	a := append(base, 4)
	b := append(base, 5)
	fmt.Println("shared:", a, b, base)
	a[0] = 100
	fmt.Println("after a[0]=100:", base[0], b[0])

	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	c[0] = 100
	fmt.Println("separate:", full, c, d)

	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println("s overwritten:", s, t)
	t = append(t, 100, 101)
	t[0] = -1
	fmt.Println("t reallocated:", s, t)

	u := s[:2:2]
	u = append(u, 7)
	fmt.Println("3-index protects:", s, u)

	x := []string{"a"}
	y := x
	x = append(x, "b")
	x[0] = "changed"
	fmt.Println(x, y)

	orig := []int{1, 2, 3, 4}
	removed := append(orig[:1], orig[2:]...)
	fmt.Println("remove idx 1:", removed, orig)

	var grow []int
	prev := grow
	for i := 0; i < 3; i++ {
		grow = append(grow, i)
	}
	fmt.Println(grow, prev == nil)
}
