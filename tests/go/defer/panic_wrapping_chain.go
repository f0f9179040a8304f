// Tests panic replaced by a later panic in a defer; recover sees the latest; defers run for each frame.
package main

import (
	"fmt"
)

func level3() {
	defer fmt.Println("level3 defer")
	panic("L3")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 recovered", r)
			panic(fmt.Sprintf("L2 wraps %v", r))
		}
	}()
	level3()
}

func level1() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("level1 got: ", r)
		}
	}()
	level2()
	return "normal"
}

func replaced() (r interface{}) {
	defer func() { r = recover() }()
	defer func() { panic("replacement") }()
	panic("original")
}

type cleanup struct{ log *[]string }

func (c cleanup) Close(name string) { *c.log = append(*c.log, "close "+name) }

func work(log *[]string, fail bool) (err error) {
	c := cleanup{log}
	defer c.Close("a")
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("work failed: %v", r)
		}
	}()
	defer c.Close("b")
	if fail {
		var arr []int
		_ = arr[1]
	}
	return nil
}

func main() {
	fmt.Println(level1())
	fmt.Println(replaced())
	var log []string
	fmt.Println(work(&log, false))
	fmt.Println(work(&log, true))
	fmt.Println(log)
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(i * 100)
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}
