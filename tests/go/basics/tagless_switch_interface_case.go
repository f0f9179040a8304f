// A tagless switch compares an interface{} case with true.
package main

import "fmt"

func main() {
	switch i := interface{}(true); {
	case i:
		fmt.Println("true")
	default:
		fmt.Println("not true")
	}
}
