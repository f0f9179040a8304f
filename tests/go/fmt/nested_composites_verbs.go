// Tests %v/%+v/%#v of nested structs, pointers, maps and slices of structs, bad verbs and argument indexes.
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B []string
	m map[string]int
}

type Outer struct {
	Name  string
	In    Inner
	PIn   *Inner
	Ins   []Inner
	PIns  []*Inner
	M     map[string]Inner
	MP    map[int]*Inner
	Any   any
	Err   error
	F     func()
	Ch    chan int
	Arr   [2]bool
	Bytes []byte
	R     rune
	U8    uint8
	Fl    float64
	Nil   *Inner
	Iface fmt.Stringer
}

type named string
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	in := Inner{1, []string{"x", "y"}, map[string]int{"k": 2}}
	o := Outer{Name: "o", In: in, Ins: []Inner{in, {}}, M: map[string]Inner{"b": {A: 2}, "a": {A: 1}},
		Any: []any{1, "s", nil, in}, Err: errors.New("bad"), Arr: [2]bool{true, false}, Bytes: []byte("hi"), R: 'x', U8: 7, Fl: 2.50, Iface: Celsius(21.5)}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o.Ins)
	fmt.Printf("%+v\n", o.M)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v\n", o.Ins)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v %#v %#v %#v\n", o.Arr, o.Bytes, o.R, o.U8)
	fmt.Printf("%#v %#v %#v %#v\n", []any{1, "a", nil, 2.0, named("n")}, map[named]Celsius{"t": 1}, struct{ X, y int }{1, 2}, &struct{ P *int }{})
	fmt.Printf("%#v %#v %#v\n", []*int(nil), map[string]int(nil), [0]int{})
	fmt.Printf("%v %+v\n", []*Inner{nil}, map[string]*Inner{"z": nil})
	pp := &in
	ppp := &pp
	fmt.Printf("%v %+v\n", *ppp == pp, **ppp)
	fmt.Printf("%v|%s|%d\n", Celsius(3), []Celsius{1, 2}, []Celsius{1, 2})
	fmt.Printf("%v %v\n", map[Celsius]bool{2: true, 1: false}, struct{ C Celsius }{5})
	fmt.Printf("%s %v %d\n", o.Bytes, o.Bytes, o.Bytes)
	fmt.Printf("%q %x %X % X\n", []string{"a", "b\n"}, "hi", []byte("hi"), []byte("hi"))
	fmt.Printf("%v %v\n", [][]int{{1}, {2, 3}, nil}, map[string][]int{"a": {1}, "b": nil})
	fmt.Printf("%5v|%-5v|%05d|%x\n", []int{1, 2}, []string{"a"}, []int{3}, []int{10, 11})
	fmt.Printf("%6.2f|%-8.3v|%+.1e|%g|%G\n", []float64{1.234, 5}, 3.14159, 12345.678, 1e-7, 1e21)
	fmt.Printf("%t %v %p\n", true, struct{}{}, nil)
	fmt.Printf("%v %d\n", &[]int{1}, &[2]int{1, 2})
	fmt.Printf("%v %+v\n", &map[string]int{"a": 1}, &struct{ A *int }{})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%c %c %U %#U\n", 65, 0x1F600, 0x1F600, 'a')
	fmt.Printf("%v %s\n", errors.New("e1"), fmt.Errorf("wrap: %w", errors.New("e2")))
	var np *Inner
	var ns fmt.Stringer
	fmt.Printf("%v %+v %v %s\n", np, np, ns, ns)
	fmt.Println(fmt.Sprintf("%08.3f|%-8.2f|%+08d|% d", 3.14159, 2.5, 42, 42))
	fmt.Println(fmt.Sprintf("%10s|%-10s|%.2s|%q", "right", "left", "truncate", 'x'))
}
