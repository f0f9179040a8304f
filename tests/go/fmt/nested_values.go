// Tests printing nested structs, pointers to structs at top level, slices of structs and maps with sorted keys.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	List  []Inner
	Count map[string]int
	Any   interface{}
}

func main() {
	o := Outer{"o", Inner{1, "x"}, []Inner{{2, "y"}, {3, "z"}}, map[string]int{"b": 2, "a": 1, "c": 3}, Inner{4, "w"}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Println(&Inner{1, "ptr"})
	fmt.Printf("%+v %v\n", &Inner{2, "p"}, &[]int{1, 2})
	fmt.Println(&map[string]int{"k": 1}, &[2]string{"a", "b"})
	fmt.Println(map[int][]string{2: {"b"}, 1: {"a", "aa"}, -5: nil})
	fmt.Println(map[string]map[string]int{"z": {"y": 1, "x": 2}, "a": {}})
	fmt.Println([][]int{{1}, {}, nil, {2, 3}})
	fmt.Println([]interface{}{1, "s", []int{2}, map[string]bool{"t": true}, Inner{}, nil})
	fmt.Printf("%v %+v\n", struct {
		P *int
		S []string
	}{nil, nil}, struct{ E error }{})
	fmt.Println(map[float64]string{2.5: "x", -1: "y", 0: "z"}, map[bool]int{true: 1, false: 0})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
}
