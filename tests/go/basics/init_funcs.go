// Tests that several init functions run in source order after package variables and before main.
package main

import "fmt"

var order []string

var v = record("var v")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	order = append(order, "init 1")
}

func init() {
	order = append(order, "init 2")
	v *= 100
}

var w = record("var w")

func init() {
	order = append(order, fmt.Sprintf("init 3 sees v=%d w=%d", v, w))
}

func main() {
	order = append(order, "main")
	for i, s := range order {
		fmt.Println(i, s)
	}
}
