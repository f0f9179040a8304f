// exit: 2
// stderr: ^fatal error: no goroutines \(main called runtime\.Goexit\) - deadlock!$
// Tests runtime.Goexit in main with no other goroutines is a fatal error after deferred calls run.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred")
	runtime.Goexit()
}
