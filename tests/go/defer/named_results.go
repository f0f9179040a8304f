// Tests deferred closures reading and modifying named result parameters after return sets them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func withErr(fail bool) (res string, err error) {
	defer func() {
		if err != nil {
			res = "fallback"
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return "partial", errors.New("boom")
	}
	return "ok", nil
}

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func() { c++ }()
	}
	return 10
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func observe() (s string) {
	defer func() { fmt.Println("deferred sees", s); s += "!" }()
	s = "assigned"
	return "returned"
}

func main() {
	fmt.Println(double())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(counter())
	fmt.Println(unnamed())
	fmt.Println(observe())
}
