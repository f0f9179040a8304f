// Tests anonymous struct types: literals, slices of them, comparison and assignment between identical types.
package main

import "fmt"

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg, cfg.Port+1)
	fmt.Printf("%+v %T\n", cfg, cfg)
	tests := []struct {
		in   int
		want string
	}{
		{1, "odd"},
		{2, "even"},
		{7, "odd"},
	}
	for _, tc := range tests {
		got := "even"
		if tc.in%2 == 1 {
			got = "odd"
		}
		fmt.Println(tc.in, got, got == tc.want)
	}
	a := struct{ X, Y int }{1, 2}
	b := struct{ X, Y int }{1, 2}
	fmt.Println(a == b)
	type Named struct{ X, Y int }
	var n Named = a
	n.X = 10
	fmt.Println(n, a)
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has, set)
	nested := struct {
		Inner struct{ V []int }
	}{}
	nested.Inner.V = append(nested.Inner.V, 5)
	fmt.Printf("%+v\n", nested)
}
