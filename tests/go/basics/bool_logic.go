// Tests boolean operators, short-circuit evaluation and printing of bools.
package main

import "fmt"

var calls []string

func t(name string) bool { calls = append(calls, name); return true }
func f(name string) bool { calls = append(calls, name); return false }

func main() {
	fmt.Println(true && false, true || false, !true, !!true)
	r := f("a") && t("b")
	fmt.Println(r, calls)
	calls = nil
	r = t("a") || f("b")
	fmt.Println(r, calls)
	calls = nil
	r = f("a") || t("b") && f("c")
	fmt.Println(r, calls)
	calls = nil
	r = (f("a") || t("b")) && f("c")
	fmt.Println(r, calls)
	x, y := 3, 5
	fmt.Println(x < y, x == y, x != y, x >= y)
	b := x < y
	b = b == (y > x)
	fmt.Printf("%t %v\n", b, !b)
	var zero bool
	fmt.Println(zero)
	type Flag bool
	var fl Flag = true
	fmt.Println(fl, !fl)
}
