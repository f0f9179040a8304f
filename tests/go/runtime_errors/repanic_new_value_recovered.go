// exit: 2
// stderr: ^panic: boom \[recovered\]$
// stderr: ^\s*panic: re-boom$
// Tests recovering and panicking with a new value: both are reported, the first marked [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("re-", r))
	}()
	panic("boom")
}
