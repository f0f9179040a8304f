// Tests that deferred calls run during panicking in LIFO order across stack frames before recovery.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwind level", n)
	if n == 3 {
		panic(fmt.Sprintf("deep panic at %d", n))
	}
	level(n + 1)
	fmt.Println("never")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
		fmt.Println("after recover")
	}()
	defer fmt.Println("main deferred print")
	level(1)
}
