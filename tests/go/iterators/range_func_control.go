// Range over functions: continue, break, labelled jumps, return, per-iteration closures, and an
// iterator that calls yield after the body said stop.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func find(n, target int) (int, bool) {
	for i := range Count(n) {
		if i == target {
			return i * 10, true
		}
	}
	return -1, false
}

func named() (r int) {
	for i := range Count(5) {
		r += i
		if i == 3 {
			return
		}
	}
	return 100
}

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for i := range Count(3) {
		fmt.Println("i", i)
	}
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		if s == "c" {
			break
		}
		fmt.Println(i, s)
	}
	fmt.Println(find(10, 4))
	fmt.Println(find(3, 7))
	fmt.Println(named())
	total := 0
outer:
	for i := range Count(4) {
		for j := range Count(4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			total += i * j
		}
	}
	fmt.Println("total", total)
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for range Count(2) {
		fmt.Println("tick")
	}
	for x := range Count(5) {
		switch {
		case x == 1:
			continue
		case x == 3:
			break
		}
		fmt.Println("x", x)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range bad {
		fmt.Println("bad", x)
		break
	}
}
