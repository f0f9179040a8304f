// runtime.Caller from a function deferred by a panicking function: Go's stack has
// runtime.gopanic (in panic.go) between the deferred function and the panicking one, so
// Caller(1) is in the runtime and Caller(2) is the panic line. Listed in KNOWN_FAILURES:
// goroscope's stacks have no runtime frames (from Go's test/fixedbugs/issue5856.go).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func g() {
	for i := 1; i <= 3; i++ {
		_, file, line, _ := runtime.Caller(i)
		fmt.Println(i, strings.HasSuffix(file, "/runtime/panic.go"), line > 0)
	}
	recover()
}

func f() {
	defer g()
	panic("panic")
}

func main() {
	f()
}
