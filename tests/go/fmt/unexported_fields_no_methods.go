// Tests fmt does not call String/Error on unexported struct fields but does for exported ones.
package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type T struct {
	Pub  Level
	priv Level
	Err  error
}

type PT struct{ v int }

func (p *PT) String() string { return fmt.Sprint("PT#", p.v) }

type Holder struct {
	Val PT
	Ptr *PT
}

func main() {
	t := T{Pub: 2, priv: 1, Err: errors.New("E")}
	fmt.Println(t)
	fmt.Printf("%v\n%+v\n", t, t)
	h := Holder{PT{1}, &PT{2}}
	fmt.Println(h.Val, &h.Val, h.Ptr)
	fmt.Printf("%+v\n", h)
	fmt.Println([]PT{{3}}, []*PT{{4}})
	fmt.Println(map[string]Level{"x": 0})
	fmt.Printf("%d %s\n", Level(1), Level(1))
	var lv fmt.Stringer = Level(0)
	fmt.Println(lv)
}
