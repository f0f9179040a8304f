// Tests array value semantics: assignment copies, passing to functions copies, comparison with ==.
package main

import "fmt"

func zeroFirst(a [3]int) [3]int {
	a[0] = 0
	return a
}

func zeroFirstPtr(a *[3]int) {
	a[0] = 0
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b)
	c := zeroFirst(a)
	fmt.Println(a, c)
	zeroFirstPtr(&a)
	fmt.Println(a, len(a), cap(a))
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(len(d), d, d[1] == "")
	fmt.Printf("%q\n", d)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2, grid != g2)
	grid[1][2] = 60
	fmt.Println(grid == g2)
	type Point struct{ X, Y int }
	pts := [2]Point{{1, 2}, {3, 4}}
	pts2 := pts
	pts2[0].X = 100
	fmt.Println(pts, pts2)
	s := a[:]
	s[2] = 33
	fmt.Println(a, s)
	var zero [4]bool
	fmt.Println(zero, zero == [4]bool{})
	counts := [5]int{}
	for _, v := range []int{1, 3, 3, 4, 1, 1} {
		counts[v]++
	}
	fmt.Println(counts)
	arrPtr := &[3]string{"x", "y", "z"}
	for i, v := range arrPtr {
		fmt.Print(i, v, " ")
	}
	fmt.Println(len(arrPtr))
}
