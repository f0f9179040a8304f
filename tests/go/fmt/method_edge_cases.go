// Tests fmt method handling edge cases: nil receivers, panicking String, Error vs String precedence, GoStringer.
package main

import (
	"fmt"
	"strings"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type P struct{ n int }

func (p *P) String() string {
	if p == nil {
		return "P<nil>"
	}
	return fmt.Sprintf("P<%d>", p.n)
}

type Bad struct{}

func (Bad) String() string { panic("boom") }

type Both struct{}

func (Both) String() string { return "string-method" }
func (Both) Error() string  { return "error-method" }

type G struct{ a int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.a) }

type Upper string

func (u Upper) String() string { return strings.ToUpper(string(u)) }

func main() {
	var vp *V
	fmt.Println(V{1}, &V{2})
	fmt.Println(vp)
	fmt.Printf("%v %s %d\n", vp, vp, V{3})
	var pp *P
	fmt.Println(P{4}, &P{5}, pp)
	fmt.Println(Bad{})
	fmt.Printf("%s|%d\n", Bad{}, Bad{})
	fmt.Println(Both{})
	fmt.Printf("%v %#v %+v\n", G{1}, G{2}, G{3})
	fmt.Printf("%#v\n", []G{{4}})
	fmt.Println(Upper("shout"), []Upper{"a", "b"}, map[Upper]int{"k": 1})
	fmt.Printf("%q %x %10s|\n", Upper("q"), Upper("x"), Upper("pad"))
}
