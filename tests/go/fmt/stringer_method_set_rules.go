// Tests when String/Error/GoString are used: pointer vs value receivers, nested fields, panicking String, nil receivers.
package main

import (
	"fmt"
)

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type VS struct{ n int }

func (v VS) String() string { return fmt.Sprintf("VS<%d>", v.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type GS struct{ a int }

func (GS) GoString() string { return "GS!" }

type Wrapper struct {
	P  PS
	PP *PS
	V  VS
	VP *VS
}

type hidden struct{ v VS }

type IntList []int

func (l IntList) String() string { return fmt.Sprintf("list of %d", len(l)) }

type Key string

func (k Key) String() string { return "K(" + string(k) + ")" }

type Bad struct{}

func (Bad) String() string { panic("boom") }

type NilPtrStringer struct{ s string }

func (n *NilPtrStringer) String() string {
	if n == nil {
		return "nil-receiver"
	}
	return n.s
}

func main() {
	p := PS{1}
	v := VS{2}
	fmt.Println(p, &p, v, &v)
	fmt.Printf("%v %v %s %d\n", p, &p, v, v)
	fmt.Printf("%+v\n", Wrapper{PS{1}, &PS{2}, VS{3}, &VS{4}})
	fmt.Println([]PS{{5}}, []*PS{{6}}, []VS{{7}}, map[string]VS{"k": {8}})
	fmt.Println(Both{}, hidden{VS{9}})
	fmt.Printf("%#v %v %+v\n", GS{1}, GS{1}, GS{1})
	fmt.Printf("%#v\n", []GS{{1}})
	fmt.Println(IntList{1, 2}, []IntList{{1}})
	fmt.Printf("%v %d %s\n", IntList{1, 2}, IntList{1, 2}, IntList{3})
	fmt.Println(map[Key]int{"b": 2, "a": 1})
	fmt.Printf("%x %q %X\n", VS{10}, VS{11}, Key("hi"))
	fmt.Println(Bad{})
	fmt.Printf("[%s]\n", Bad{})
	var np *NilPtrStringer
	fmt.Println(np)
	fmt.Printf("%s|%v|%+v\n", np, np, np)
	var nv *VS
	fmt.Println(nv)
	fmt.Printf("%d %s\n", []any{VS{1}, 2}, []any{VS{1}, "x"})
	fmt.Printf("%v %s\n", error(nil), []error{nil, fmt.Errorf("e")})
	fmt.Printf("%5s|%-6v|%05v\n", VS{1}, VS{2}, VS{3})
	type local struct {
		K Key
		I IntList
	}
	fmt.Printf("%v %+v %#v\n", local{"z", nil}, local{"z", IntList{}}, local{"z", nil})
}
