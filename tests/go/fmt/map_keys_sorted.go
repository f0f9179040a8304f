// Tests fmt prints maps with sorted keys: ints, strings, floats incl. NaN, bools, structs, arrays, nested maps.
package main

import (
	"fmt"
	"math"
)

type K struct {
	A string
	B int
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "t", 0: "o"})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ä": 5})
	fmt.Println(map[float64]int{2.5: 1, math.Inf(-1): 2, math.NaN(): 3, -0.5: 4, math.Inf(1): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]bool{{"b", 1}: true, {"a", 2}: false, {"a", 1}: true})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
	fmt.Println(map[uint]string{5: "x", 1: "y"})
	fmt.Printf("%v %+v %#v\n", map[string]K{"x": {"y", 1}}, map[string]K{"x": {"y", 1}}, map[int]string{2: "b", 1: "a"})
	fmt.Println(map[string][]int{"z": {1}, "a": nil})
	fmt.Println(map[string]map[string]int{"o": {"z": 1, "a": 2}, "a": {}})
	var pk *K
	fmt.Println(map[string]*K{"nil": pk})
}
