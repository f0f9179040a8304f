// Tests recover converting panics to errors, re-panic in defer, recover outside defer, defer argument evaluation, runtime.Error recovery.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func multiDefer() (s []string) {
	for _, name := range []string{"a", "b", "c"} {
		defer func(n string) {
			s = append(s, n)
			if r := recover(); r != nil {
				s = append(s, fmt.Sprint("rec:", r))
			}
		}(name)
	}
	panic("P")
}

func repanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("outer got: ", r))
		}
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("wrapped(", r, ")"))
	}()
	panic("inner")
}

func recoverNotInDefer() (r any) {
	r = recover()
	return
}

func helper() any { return recover() }

func indirectRecover() (res string) {
	defer func() {
		r := helper()
		res = fmt.Sprint("helper got ", r)
		recover()
	}()
	panic("x")
}

type T struct{ v int }

func (t *T) close() { fmt.Println("close", t.v) }

func deferArgs() {
	t := &T{1}
	defer t.close()
	t = &T{2}
	defer t.close()
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
}

func loopRecover() (n int) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if recover() != nil {
					n++
				}
			}()
			if i != 1 {
				panic(i)
			}
		}()
	}
	return
}

func runtimeErr() (msg string) {
	defer func() {
		r := recover()
		if e, ok := r.(interface{ RuntimeError() }); ok {
			_ = e
			msg = "runtime error: " + fmt.Sprint(r)
		}
	}()
	var arr []int
	_ = arr[3]
	return "no"
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(multiDefer())
	fmt.Println(repanic())
	fmt.Println(recoverNotInDefer())
	fmt.Println(indirectRecover())
	deferArgs()
	fmt.Println(loopRecover())
	fmt.Println(runtimeErr())
}
