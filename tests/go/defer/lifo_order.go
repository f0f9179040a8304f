// Tests that deferred calls run in LIFO order when the function returns, after the return value is computed.
package main

import "fmt"

func work() string {
	fmt.Println("start")
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("end of body")
	return result()
}

func result() string {
	fmt.Println("computing result")
	return "result"
}

func main() {
	fmt.Println(work())
	func() {
		defer func() { fmt.Println("anon deferred") }()
		fmt.Println("anon body")
	}()
	fmt.Println("main end")
}
