// Tests method values (bound receivers, copied at evaluation for value receivers) and method expressions.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	p := Point{1, 2}
	add := p.Add
	str := p.String
	p.X = 100
	fmt.Println(add(Point{10, 10}), str())
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 0)
	fmt.Println(p)
	strExpr := (*Point).String
	fmt.Println(strExpr(&Point{7, 8}))
	fmt.Printf("%T\n%T\n%T\n", addExpr, scaleExpr, add)
	fns := []func() string{Point{1, 1}.String, Point{2, 2}.String}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	mul := Op(func(a, b int) int { return a * b })
	apply := mul.Apply
	fmt.Println(apply(6, 7), Op.Apply(mul, 2, 3))
	pts := []Point{{1, 0}, {0, 1}}
	var ops []func(int)
	for i := range pts {
		ops = append(ops, pts[i].Scale)
	}
	for _, op := range ops {
		op(5)
	}
	fmt.Println(pts)
}
