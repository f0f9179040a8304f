// Tests comparison of interface values, including the runtime panic when comparing uncomparable dynamic types.
package main

import "fmt"

type Key struct{ A, B int }

func eq(a, b interface{}) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func main() {
	fmt.Println(eq(1, 1), eq(1, 1.0), eq(int32(1), int64(1)), eq("a", "a"))
	fmt.Println(eq(Key{1, 2}, Key{1, 2}), eq(nil, nil), eq(nil, 0))
	fmt.Println(eq([]int{1}, []int{1}))
	fmt.Println(eq(map[int]int{}, 1))
	fmt.Println(eq(struct{ f []int }{}, struct{ f []int }{}))
	fmt.Println(eq(func() {}, nil))
	var p *Key
	fmt.Println(eq(p, nil), eq(p, (*Key)(nil)))
	fmt.Println(eq([2]interface{}{1, []int{}}, [2]interface{}{2, []int{}}))
}
