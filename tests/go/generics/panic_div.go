// exit: 2
// stderr: ^panic: runtime error: integer divide by zero$
// Generics (a program written to find divergences from Go): panic div.
package main

import "fmt"

type Integer interface{ ~int | ~int8 | ~uint16 }

func SafeDiv[T Integer](a, b T) (q T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func Shl[T Integer](x T, n int) T { return x << n }

func Div[T Integer](a, b T) T { return a / b }

func main() {
	fmt.Println(SafeDiv(7, 2))
	fmt.Println(SafeDiv[int8](1, 0))
	fmt.Println(SafeDiv[uint16](1, 0))
	func() {
		defer func() { fmt.Println("shift:", recover()) }()
		fmt.Println(Shl(1, -1))
	}()
	var m map[string]int
	func() {
		defer func() { fmt.Println("map:", recover()) }()
		Set(m, "x", 1)
	}()
	fmt.Println(Div[int](10, 0))
}

func Set[K comparable, V any](m map[K]V, k K, v V) { m[k] = v }
