// Tests method values and expressions through embedded pointers and interfaces; binding time of value receivers.
package main

import "fmt"

type Base struct{ n int }

func (b Base) Val() int      { return b.n }
func (b *Base) Inc()         { b.n++ }
func (b Base) Show(p string) { fmt.Println(p, b.n) }

type Mid struct {
	*Base
	tag string
}

type Top struct {
	Mid
	extra int
}

type Shower interface{ Show(string) }
type Valer interface{ Val() int }

func main() {
	t := Top{Mid{&Base{1}, "m"}, 0}
	v := t.Val
	inc := t.Inc
	inc()
	inc()
	fmt.Println(v(), t.Val(), t.n)
	f := Base.Val
	fmt.Println(f(Base{9}))
	g := (*Base).Inc
	b := &Base{5}
	g(b)
	fmt.Println(b.n, (*Base).Val(b))
	h := Top.Val
	fmt.Println(h(t))
	var s Shower = t
	sh := s.Show
	t.Inc()
	sh("iface method value")
	ms := Shower.Show
	ms(t, "method expr on iface")
	vf := Valer.Val
	fmt.Println(vf(Base{3}), vf(&Base{4}), vf(t))
	bb := Base{10}
	val := bb.Val
	bb.n = 20
	fmt.Println(val(), bb.Val())
	pinc := bb.Inc
	pinc()
	fmt.Println(bb.n)
	fns := []func() int{bb.Val, t.Val, Base{7}.Val}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n%T\n%T\n", Base.Val, (*Base).Inc, Shower.Show)
}
