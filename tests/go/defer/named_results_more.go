// Tests named results interplay with defer, return expressions, closures, and recursion.
package main

import (
	"errors"
	"fmt"
)

func a() (x int) {
	defer func() { x++ }()
	x = 5
	return x * 2
}

func b() (x int) {
	x = 1
	defer func(v int) { x += v }(x)
	x = 10
	return
}

func c() (s []int) {
	defer func() { s = append(s, 99) }()
	return []int{1, 2}
}

func d() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("d: %w", err)
		}
	}()
	return errors.New("inner")
}

func e() (n int, err error) {
	for i := 0; i < 5; i++ {
		v := i
		defer func() { n += v }()
	}
	return 100, nil
}

func f() (r int) {
	r = 1
	func() {
		r := 50
		r++
	}()
	return
}

func g(depth int) (total int) {
	defer func() { total += depth }()
	if depth == 0 {
		return 0
	}
	return g(depth - 1)
}

type closer struct{ name string }

func (c *closer) Close() error {
	if c.name == "bad" {
		return errors.New("close " + c.name)
	}
	return nil
}

func useResource(name string) (err error) {
	c := &closer{name}
	defer func() {
		if cerr := c.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	return nil
}

func main() {
	fmt.Println(a(), b(), c(), d())
	fmt.Println(e())
	fmt.Println(f(), g(4))
	fmt.Println(useResource("ok"), useResource("bad"))
	fmt.Println(errors.Unwrap(d()))
}
