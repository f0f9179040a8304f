// Tests type switches with multiple types per case, nil case, interfaces in cases, shadowed var.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type myErr struct{}

func (myErr) Error() string { return "myErr" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string len " + strconv.Itoa(len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice of ", len(x))
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("*int ", *x)
	case struct{}:
		return "empty struct"
	case bool, float64:
		return fmt.Sprintf("bool-or-float %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 7
	var np *int
	vals := []interface{}{nil, 1, int64(2), "hey", errors.New("e"), myErr{}, ID(3), []int{1, 2}, map[string]int{}, func() int { return 9 }, &n, np, struct{}{}, true, 2.5, uint(3), [2]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Stringer = ID(5)
	switch s.(type) {
	case ID:
		fmt.Println("ID via iface")
	}
	switch v := interface{}(ID(1)); v.(type) {
	case fmt.Stringer:
		fmt.Println("fmt.Stringer matched first")
	case ID:
		fmt.Println("ID")
	}
}
