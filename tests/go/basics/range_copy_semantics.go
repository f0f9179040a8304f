// Tests range over an array copies it, range over &array and slices does not; append aliasing and 3-index slices.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range array copy v =", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range array ptr v =", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice v =", v)
		}
	}
	sl = []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl)
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := a[1:3:3]
	c = append(c, 77)
	fmt.Println(a, c)
	copy(a[1:], a)
	fmt.Println(a)
	x := []int{1, 2, 3}
	y := x[:0]
	for _, v := range x {
		if v != 2 {
			y = append(y, v)
		}
	}
	fmt.Println(x, y)
	var grid [3][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[1][1] = -1
	fmt.Println(grid, g2, grid == g2)
	str := "hello"
	for i := range str {
		str = "changed"
		_ = i
	}
	fmt.Println(str)
	n := 3
	for i := 0; i < n; i++ {
		n = 1
		fmt.Print(i)
	}
	fmt.Println()
	ps := []struct{ v int }{{1}, {2}}
	for _, p := range ps {
		p.v *= 10
	}
	for i := range ps {
		ps[i].v *= 100
	}
	fmt.Println(ps)
}
