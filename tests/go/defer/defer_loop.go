// Tests defers inside loops (all run at function end) versus a per-iteration function literal.
package main

import "fmt"

type Resource struct{ name string }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func leaky() {
	for _, n := range []string{"a", "b", "c"} {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("leaky body done")
}

func scoped() {
	for _, n := range []string{"x", "y"} {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("using", r.name)
		}()
	}
	fmt.Println("scoped body done")
}

func main() {
	leaky()
	scoped()
	total := 0
	func() {
		for i := 1; i <= 4; i++ {
			defer func(v int) { total += v }(i)
		}
	}()
	fmt.Println("total", total)
}
