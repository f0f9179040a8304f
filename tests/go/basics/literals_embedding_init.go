// Tests elided composite literal types, keyed arrays, overlapping embedded interfaces, multiple init funcs, multi-value call forwarding.
package main

import (
	"fmt"
	"strings"
)

const N = 3

type Grid [N * 2][N]int

type P struct{ X, Y int }

type RW interface {
	R() string
	W(string)
}
type RC interface {
	R() string
	C()
}
type RWC interface {
	RW
	RC
}

type impl struct{ buf []string }

func (i *impl) R() string   { return strings.Join(i.buf, "") }
func (i *impl) W(s string)  { i.buf = append(i.buf, s) }
func (i *impl) C()          { i.buf = nil }
func (i *impl) _()          {}
func pair() (int, string)   { return 7, "seven" }
func take(n int, s string) string { return fmt.Sprint(n, s) }
func vari(xs ...any) int    { return len(xs) }

var initOrder []string

func init() { initOrder = append(initOrder, "first") }
func init() { initOrder = append(initOrder, "second") }

var computed = func() int { initOrder = append(initOrder, "var"); return 1 }()

func main() {
	fmt.Println(initOrder, computed)
	var g Grid
	g[5][2] = 1
	fmt.Println(len(g), len(g[0]), g[5])
	arr := [...]string{2: "c", 0: "a", 4: "e"}
	fmt.Printf("%q %d\n", arr, len(arr))
	m := map[string]P{"a": {1, 2}, "b": {Y: 3}}
	ps := []*P{{1, 1}, {X: 2}}
	pm := map[P][]P{{1, 2}: {{3, 4}}}
	fmt.Println(m, *ps[0], *ps[1], pm)
	fmt.Println(take(pair()), vari(pair()))
	var rwc RWC = &impl{}
	rwc.W("x")
	rwc.W("y")
	fmt.Println(rwc.R())
	rwc.C()
	fmt.Println(rwc.R() == "")
	type local struct {
		P
		tag string `k:"v"`
	}
	l := local{P{1, 2}, "t"}
	fmt.Println(l.X, l.P.Y, l)
	nested := [][]map[string][]int{{{"a": {1, 2}}}, {}}
	fmt.Println(nested, len(nested[1]))
	fn := func(fs ...func() int) (sum int) {
		for _, f := range fs {
			sum += f()
		}
		return
	}
	fmt.Println(fn(func() int { return 1 }, func() int { return 2 }))
	var (
		a, b = 1, "b"
		c    float32
	)
	fmt.Println(a, b, c)
	x := struct {
		A []int
		M map[string]int
	}{A: []int{1}, M: map[string]int{"k": 1}}
	x.A = append(x.A, 2)
	x.M["j"] = 2
	fmt.Println(x)
	type Rec struct {
		Kids []Rec
		Name string
	}
	r := Rec{Name: "root", Kids: []Rec{{Name: "k1"}, {Name: "k2", Kids: []Rec{{Name: "g"}}}}}
	fmt.Printf("%+v\n", r)
	ch := make(chan struct{}, 1)
	ch <- struct{}{}
	fmt.Println(len(ch), <-ch == struct{}{})
	s := "multi" +
		"line" +
		`raw\n`
	fmt.Println(s)
	bs := []byte{'a', 'b'}
	fmt.Println(string(bs), string([]rune{0x4e16, 0x754c}), []byte("é"), []rune("é"))
	var _ = 5
	_, _ = pair()
	const big = 1 << 40
	fmt.Println(big/1024, float64(big))
}
