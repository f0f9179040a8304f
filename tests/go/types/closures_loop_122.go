// Tests Go 1.22 per-iteration loop variables: closures and pointers capture each iteration's own variable.
// golden written by hand (Go 1.22 feature)
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
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var incs []func()
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		if i == 1 {
			incs[1]()
			fmt.Println("i after inc inside body:", i)
		}
	}
	fmt.Println(len(incs))
}
