// Tests structs and arrays as map keys and struct equality.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
}

func main() {
	visited := map[Point]bool{}
	p := Point{0, 0}
	moves := []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {1, 0}, {1, 0}}
	visited[p] = true
	for _, m := range moves {
		p = Point{p.X + m.X, p.Y + m.Y}
		visited[p] = true
	}
	fmt.Println(len(visited), visited[Point{1, 0}], visited[Point{5, 5}])
	fmt.Println(visited)
	named := map[Key]int{}
	named[Key{"a", Point{1, 2}}] = 1
	named[Key{"a", Point{1, 2}}] += 10
	named[Key{"b", Point{1, 2}}] = 2
	fmt.Println(len(named), named[Key{Name: "a", Pos: Point{X: 1, Y: 2}}])
	arrKey := map[[2]string]int{{"x", "y"}: 1}
	arrKey[[2]string{"x", "y"}]++
	fmt.Println(arrKey)
	var pts []Point
	for k := range visited {
		pts = append(pts, k)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	fmt.Println(pts)
	type pair struct {
		a interface{}
		b string
	}
	im := map[pair]string{{1, "x"}: "int", {"1", "x"}: "string"}
	fmt.Println(im[pair{1, "x"}], im[pair{"1", "x"}], len(im))
	var ik = map[interface{}]int{1: 1, "1": 2, 1.0: 3, int8(1): 4}
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0], ik[int8(1)])
}
