// Tests recovering, re-panicking with a new value, and an outer function recovering the second panic.
package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle deferred print runs during panic")
	inner()
	fmt.Println("not reached")
}

func outer() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer recovered: ", r)
	}()
	middle()
	return "normal"
}

func main() {
	fmt.Println(outer())
	fmt.Println("main continues")
}
