// Tests rarely used valid features: any, blank struct fields, pkg var init dependencies, func type conversions.
package main

import (
	"fmt"
	"strings"
)

var (
	total  = compute()
	base   = 10
	factor = base * 2
)

func compute() int { return factor + 1 }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (Rect) Name() string     { return "rect" }

type Padded struct {
	A int
	_ int
	B string
	_ [2]bool
}

type Handler func(string) string
type Transformer func(string) string

type Temp struct {
	*strings.Builder
	count int
}

func main() {
	fmt.Println(total, base, factor)
	var s Shape = Rect{2, 3}
	fmt.Println(s.Area(), s.Name(), stringerT("x"))
	var x any = 42
	var ys []any = []any{1, "two", 3.0}
	fmt.Println(x, ys, len(ys))
	p1 := Padded{A: 1, B: "b"}
	p2 := Padded{A: 1, B: "b"}
	fmt.Println(p1 == p2)
	fmt.Printf("%+v\n", p1)
	var h Handler = strings.ToUpper
	t := Transformer(h)
	fmt.Println(t("converted"), Handler(t)("back"))
	tb := Temp{Builder: &strings.Builder{}}
	tb.WriteString("embedded ptr ")
	tb.WriteString("builder")
	tb.count++
	fmt.Println(tb.String(), tb.Len(), tb.count)
	mm := map[string][2][]int{"k": {{1}, {2, 3}}}
	fmt.Println(mm)
	const (
		_ = iota * 10
		ten
		twenty
	)
	var arr [twenty / ten]string
	fmt.Println(len(arr), ten, twenty)
	ch1, ch2 := make(chan int, 1), make(chan int, 1)
	ch2 <- 2
	select {
	case v := <-ch1:
		fmt.Println("ch1", v)
	default:
		select {
		case v := <-ch2:
			fmt.Println("nested select got", v)
		default:
			fmt.Println("nothing")
		}
	}
	var ifaces []interface{} = nil
	fmt.Println(ifaces == nil, len([]interface{}(nil)))
	func() {
		type local struct{ v int }
		l := local{3}
		fmt.Printf("%v %+v\n", l, l)
	}()
}

type stringerT string

func (s stringerT) String() string { return string(s) }
