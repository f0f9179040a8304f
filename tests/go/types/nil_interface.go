// Tests the nil interface gotcha: an interface holding a typed nil pointer is not nil.
package main

import "fmt"

type MyError struct{ msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "nil *MyError"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyError
	if fail {
		p = &MyError{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyError{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = correct(false)
	fmt.Println(err == nil, err)
	err = mayFail(true)
	fmt.Println(err != nil, err)
	var p *MyError
	var i interface{} = p
	fmt.Println(p == nil, i == nil, i.(*MyError) == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
	var e2 error = (*MyError)(nil)
	fmt.Println(e2.Error())
	var sl []int
	var any interface{} = sl
	fmt.Println(sl == nil, any == nil, any)
	var m map[string]int
	any = m
	fmt.Println(any == nil, any)
}
