// args: --go 1.21
// Tests pre-Go 1.22 loop variable semantics: one variable shared by all iterations, so closures see its final value.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(ptrs[0] == ptrs[2])

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	var fixed []func() int
	for i := 0; i < 3; i++ {
		i := i
		fixed = append(fixed, func() int { return i * 10 })
	}
	for _, f := range fixed {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
