// Tests that recover returns nil when not panicking and when not called directly by a deferred function.
package main

import "fmt"

func helper() interface{} { return recover() }

func direct() {
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
}

func indirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer got ", r)
	}()
	defer func() {
		fmt.Println("helper recover:", helper())
	}()
	panic("p")
}

func twice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func main() {
	fmt.Println("top-level recover:", recover())
	direct()
	fmt.Println(indirect())
	twice()
	fmt.Println("done")
}
