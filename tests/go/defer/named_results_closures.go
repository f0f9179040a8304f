// Tests closures over named results, defers modifying results after recover, recursive closures.
package main

import (
	"errors"
	"fmt"
)

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func named() (x int, err error) {
	set := func(v int) { x = v }
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v (x was %d)", r, x)
			x = -x
		}
	}()
	set(5)
	set(x * 3)
	panic("oops")
}

func deferMod() (s string) {
	defer func() { s += "!" }()
	defer func() { s = "[" + s + "]" }()
	return "hi"
}

func loopDefer() (out []int) {
	for i := 0; i < 3; i++ {
		defer func(j int) { out = append(out, j*10) }(i)
	}
	return []int{99}
}

func shadowRes() (err error) {
	if true {
		err := errors.New("inner")
		_ = err
	}
	return
}

func panicInDefer() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = 100
		}
	}()
	defer func() {
		r = 1
		panic("second")
	}()
	return 50
}

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	fmt.Println(named())
	fmt.Println(deferMod())
	fmt.Println(loopDefer())
	fmt.Println(shadowRes())
	fmt.Println(panicInDefer())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(n int, acc []int) []int
	walk = func(n int, acc []int) []int {
		if n == 0 {
			return acc
		}
		return walk(n-1, append(acc, n))
	}
	fmt.Println(walk(5, nil))
	adders := make([]func(int) int, 0)
	for _, k := range []int{1, 10, 100} {
		k := k
		adders = append(adders, func(x int) int { return x + k })
	}
	for _, a := range adders {
		fmt.Print(a(1), " ")
	}
	fmt.Println()
	x := 1
	f := func() func() int {
		x++
		return func() int { x *= 2; return x }
	}
	g := f()
	fmt.Println(x, g(), g(), x)
}
