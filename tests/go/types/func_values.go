// Tests function types as values: maps of functions, functions as parameters and return values, nil funcs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(a, b float64) float64

func apply(op BinOp, a, b float64) float64 { return op(a, b) }

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func makeMultiplier(k int) func(int) int { return func(v int) int { return v * k } }

func main() {
	ops := map[string]BinOp{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	names := make([]string, 0)
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println("7", n, "2 =", apply(ops[n], 7, 2))
	}
	fmt.Println(mapStrings([]string{"a", "Bc"}, strings.ToUpper), mapStrings([]string{"x"}, strings.TrimSpace))
	triple := makeMultiplier(3)
	fmt.Println(triple(5), makeMultiplier(-1)(8))
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("f called") }
	f()
	pipeline := []func(int) int{makeMultiplier(2), func(v int) int { return v + 1 }, makeMultiplier(10)}
	v := 1
	for _, step := range pipeline {
		v = step(v)
	}
	fmt.Println(v)
	fmt.Printf("%T\n", apply)
}
