// Tests multiple return values, named results, naked returns and passing multi-value calls as arguments.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func stats(xs []float64) (min, max, mean float64) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	sum := 0.0
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	mean = sum / float64(len(xs))
	return
}

func parse(s string) (n int, err error) {
	for _, c := range s {
		if c < '0' || c > '9' {
			err = errors.New("bad digit " + string(c))
			return 0, err
		}
		n = n*10 + int(c-'0')
	}
	return
}

func add(a, b int) int { return a + b }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(add(divmod(17, 5)))
	fmt.Println(stats([]float64{3, 1, 4, 1, 5}))
	fmt.Println(stats(nil))
	for _, s := range []string{"123", "12x"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	_, second := swap("a", "b")
	fmt.Println(second)
	fmt.Println(swap(swap("x", "y")))
}
