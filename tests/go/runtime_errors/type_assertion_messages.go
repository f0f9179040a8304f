// exit: 2
// stderr: ^panic: interface conversion: interface \{\} is string, not int \[recovered\]$
// Tests type assertion failure messages for concrete and interface targets (re-panic in defer).
package main

import "fmt"

type I interface{ M() }
type A struct{}

func (A) M() {}

func main() {
	var x any = "str"
	defer func() {
		fmt.Println(recover())
		var i I = A{}
		_ = i.(interface{ N() })
	}()
	_ = x.(int)
}
