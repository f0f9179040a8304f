// Tests recovering panics of various value types and returning values from the recovering function.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	vals := []func(){
		func() { panic("a string") },
		func() { panic(42) },
		func() { panic(3.5) },
		func() { panic(errors.New("an error")) },
		func() { panic(CodeErr{7}) },
		func() { panic([]int{1, 2}) },
		func() { panic(fmt.Sprintf("formatted %d", 9)) },
		func() {},
	}
	for _, f := range vals {
		v := catch(f)
		fmt.Printf("%T: %v\n", v, v)
	}
	v := catch(func() { panic(CodeErr{404}) })
	if ce, ok := v.(CodeErr); ok {
		fmt.Println("code field", ce.Code)
	}
	var target CodeErr
	if err, ok := v.(error); ok && errors.As(err, &target) {
		fmt.Println("errors.As", target.Code)
	}
}
