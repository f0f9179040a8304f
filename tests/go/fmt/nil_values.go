// Tests printing nil values of various types: <nil>, [], map[], and typed nil pointers.
package main

import (
	"errors"
	"fmt"
)

type T struct{ X int }

func main() {
	var ptr *T
	var sl []int
	var m map[string]int
	var err error
	var iface interface{}
	var fn func()
	var ch chan int
	fmt.Println(ptr, sl, m, err, iface, fn == nil, ch)
	fmt.Printf("%v %v %v %v %v\n", ptr, sl, m, err, iface)
	fmt.Printf("%+v %+v %+v\n", ptr, sl, m)
	fmt.Printf("%#v %#v %#v %#v %#v\n", ptr, sl, m, err, iface)
	fmt.Printf("%d %s %x\n", sl, sl, sl)
	fmt.Printf("%s %d\n", iface, iface)
	fmt.Println([]*T{nil, {1}}[0], []error{nil, errors.New("e")})
	fmt.Printf("[%v] [%s]\n", nil, nil)
	fmt.Println(fmt.Sprint(nil) == "<nil>", fmt.Sprintf("%v", sl) == "[]")
}
