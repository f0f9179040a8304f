// Tests shadowing predeclared identifiers: user-defined copy/min/max functions, len/string/true variables, a type named error.
package main

import "fmt"

func copy(dst, src []string) string {
	return fmt.Sprintf("my copy of %d into %d", len(src), len(dst))
}

func min(xs ...int) int {
	m := xs[0]
	for _, x := range xs {
		if x < m {
			m = x
		}
	}
	return m * 100
}

type byte struct{ hi, lo int }

func count() int {
	len := 42
	return len + 1
}

func main() {
	fmt.Println(copy(make([]string, 2), []string{"a", "b", "c"}))
	fmt.Println(min(5, 3, 9))
	fmt.Println(count())
	string := "shadowed string var"
	fmt.Println(string, len(string))
	b := byte{1, 2}
	fmt.Printf("%+v %T\n", b, b)
	{
		true := false
		fmt.Println("true is", true)
	}
	fmt.Println("true is", true)
	{
		nil := 5
		fmt.Println("nil is", nil+1)
	}
	append := func(s []int, v int) []int { return []int{v} }
	fmt.Println(append([]int{1, 2}, 3))
	type int = float64
	var half int = 0.5
	fmt.Println(half * 3)
	const c = iota
	iota := 7
	fmt.Println(c, iota)
}
