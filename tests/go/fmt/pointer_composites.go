// Tests fmt prints &-prefixed forms for pointers to slices/maps/arrays/structs at top level, and %T for composite types.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Pt struct{ X, Y int }
type Named []Pt

func main() {
	fmt.Printf("%v %v %v %v\n", &[]int{1, 2}, &map[string]int{"a": 1}, &[2]string{"x", "y"}, &Pt{1, 2})
	fmt.Printf("%+v %#v\n", &Pt{3, 4}, &Pt{5, 6})
	fmt.Printf("%#v %#v\n", &[]int{1}, &map[string]bool{"t": true})
	fmt.Println(&Pt{7, 8}, &[]string{"s"}, []*Pt{nil})
	fmt.Printf("%T|%T|%T|%T|%T\n", Named{}, map[Pt][]*Pt{}, [3]chan<- int{}, func(int, ...string) (bool, error) { return false, nil }, struct{ A int }{})
	fmt.Printf("%T|%T|%T|%T|%T\n", errors.New("x"), fmt.Errorf("w %w", errors.New("x")), time.Second, time.Time{}, &time.Timer{})
	fmt.Printf("%T|%T|%T|%T\n", 'x', byte(1), uintptr(0), []interface{}{})
	fmt.Printf("%T\n", new(interface{}))
	var np *Pt
	fmt.Printf("%v|%+v|%s|%d\n", np, np, np, np)
	fmt.Printf("%v %d\n", &[]byte{1, 2}, &[]int{3})
	fmt.Printf("%s %q\n", &[]string{"a"}, &[]string{"b"})
	fmt.Printf("%x\n", &[]byte{104, 105})
}
