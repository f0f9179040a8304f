// Tests closures: counter generators with independent state, capture by reference, recursion via variables.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(start int) (func(int), func() int) {
	sum := start
	return func(v int) { sum += v }, func() int { return sum }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(7)
	fmt.Println(get())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	x = 100
	show := func() int { return x }
	x = 200
	fmt.Println(show())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	memo := map[int]int{}
	var ways func(int) int
	ways = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = ways(n-1) + ways(n-2)
		return memo[n]
	}
	fmt.Println(ways(50))
	compose := func(f, g func(int) int) func(int) int {
		return func(v int) int { return g(f(v)) }
	}
	h := compose(func(v int) int { return v + 1 }, func(v int) int { return v * 3 })
	fmt.Println(h(4))
	fmt.Println(func(a, b int) int { return a * b }(6, 7))
}
