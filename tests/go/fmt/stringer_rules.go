// Tests when Stringer is NOT used: pointer-receiver String on values, unexported fields, and %d on named ints.
package main

import "fmt"

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr<%d>", p.N) }

type ValStr struct{ N int }

func (v ValStr) String() string { return fmt.Sprintf("ValStr<%d>", v.N) }

type Holder struct {
	Pub  ValStr
	priv ValStr
	PP   *PtrStr
}

type Errish struct{}

func (Errish) Error() string  { return "error wins" }
func (Errish) String() string { return "string loses" }

func main() {
	p := PtrStr{1}
	fmt.Println(p)
	fmt.Println(&p)
	fmt.Printf("%v %v %+v\n", p, &p, p)
	fmt.Println([]PtrStr{{2}}, []*PtrStr{{3}})
	v := ValStr{4}
	fmt.Println(v, &v)
	h := Holder{ValStr{5}, ValStr{6}, &PtrStr{7}}
	fmt.Printf("%v\n", h)
	fmt.Printf("%+v\n", h.Pub)
	fmt.Println(Errish{})
	fmt.Printf("%s %v\n", Errish{}, Errish{})
	fmt.Printf("%#v\n", v)
	type wrapper struct{ inner ValStr }
	fmt.Println(wrapper{ValStr{8}}, struct{ Inner ValStr }{ValStr{9}})
	m := map[string]ValStr{"k": {10}}
	fmt.Println(m)
	var nilP *PtrStr
	fmt.Println(nilP == nil)
}
