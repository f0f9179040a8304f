// Tests variadic functions: zero args, spreading slices with ..., aliasing of the spread slice, mixing fixed params.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return fmt.Sprintf("%d:%s", len(parts), strings.Join(parts, sep))
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func isNil(xs ...int) bool { return xs == nil }

func describe(args ...interface{}) string {
	return fmt.Sprint(len(args), args)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(join("-"), join("-", "a"), join("-", "a", "b", "c"))
	parts := []string{"x", "y"}
	fmt.Println(join("+", parts...))
	zeroFirst(nums...)
	fmt.Println(nums)
	zeroFirst(7, 8)
	fmt.Println(isNil(), isNil(nums...), isNil([]int{}...))
	fmt.Println(describe(1, "a", nil), describe())
	vals := []interface{}{1, 2}
	fmt.Println(describe(vals...), describe(vals))
	fmt.Printf("%T\n", sum)
}
