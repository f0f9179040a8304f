// gc's evaluation order (cmd/compile/internal/walk/order.go): calls, receives, builtins,
// slices, assertions and && / || first, left to right; other operands read afterwards.
package main

import "fmt"

var x = 1
var sl = []int{1}
var bs = []byte("ab")

func f() int { x = 10; sl = append(sl, 5, 6); bs[0] = 'z'; return 0 }

func main() {
	fmt.Println(len(append(sl, x))+f(), x)
	x = 1
	fmt.Println(min(x, 5)+f(), x)
	x = 1
	fmt.Println(max(x, 0)+f(), x)
	x = 1
	bs[0] = 'a'
	fmt.Println(string(bs)+fmt.Sprint(f()), x)
	x = 1
	p := new(int)
	fmt.Println(*p+copy(sl, []int{x})+f(), x)
	x = 1
	m := map[int]int{1: 1}
	fmt.Println(len(m)+f(), x)
	x = 1
	var i interface{} = x
	fmt.Println(i.(int)+f(), x)
	x = 1
	arr := [2]int{1, 2}
	fmt.Println(len(arr)+f(), x)
	x = 1
	fmt.Println(x+len(sl[:x])+f(), x)
	x = 1
	fmt.Println(append([]int{x}, f()))
	x = 1
	fmt.Println(make([]int, x, 20)[0:x], f(), x)
}
