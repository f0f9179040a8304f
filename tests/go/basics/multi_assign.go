// Tests tuple assignment, swaps, evaluation order of index expressions and compound assignment.
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{10, 20, 30}
	i := 0
	i, x[i] = 1, 99
	fmt.Println(i, x)
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	p, q, r := 1, 2, 3
	p, q, r = q+r, p+r, p+q
	fmt.Println(p, q, r)
	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	n %= 4
	n <<= 3
	n >>= 1
	n |= 1
	n &= 0xD
	n ^= 0xF
	fmt.Println(n)
	fib := [2]int{0, 1}
	for k := 0; k < 10; k++ {
		fib[0], fib[1] = fib[1], fib[0]+fib[1]
	}
	fmt.Println(fib)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	var _, second = split(7)
	fmt.Println(second)
	s := "hi"
	s, t := s+"!", s
	fmt.Println(s, t)
}

func split(v int) (int, int) { return v / 2, v - v/2 }
